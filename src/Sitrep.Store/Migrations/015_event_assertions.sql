-- 015: who asserts each event (issue 10 point 3): the kind (Reporter, Speaker, Anonymous, Document), the asserter's
-- name and actor code, the span of the asserter's words, the index of the quote that holds the event in the document's
-- quotes (seq order), the medium that carries the words (a document noun, or the outlet that quotes the asserter) and
-- the rule that decided it. New columns only: rows stored before it have assert_kind NULL and read back with no asserter.
ALTER TABLE events ADD COLUMN assert_kind TEXT;
ALTER TABLE events ADD COLUMN assert_name TEXT;
ALTER TABLE events ADD COLUMN assert_actor TEXT;
ALTER TABLE events ADD COLUMN assert_start INTEGER;
ALTER TABLE events ADD COLUMN assert_end INTEGER;
ALTER TABLE events ADD COLUMN assert_quote INTEGER;
ALTER TABLE events ADD COLUMN assert_medium TEXT;
ALTER TABLE events ADD COLUMN assert_rule TEXT;
