-- 007: where each event happened (issue 4 point 5): the document place it points to (places.seq), how precisely
-- it locates the event (city, region, country) and where it was found (clause, sentence, focus).
ALTER TABLE events ADD COLUMN place_seq INTEGER;
ALTER TABLE events ADD COLUMN place_precision TEXT;
ALTER TABLE events ADD COLUMN place_rule TEXT;
