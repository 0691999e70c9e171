-- 018: the stories index keeps its LSH band keys in memory (Sitrep.Corpus.Stories.LshBandTable), rebuilt from the
-- signatures when a store opens: 50 band rows a document made the index the slowest part of storing (issue 10
-- point 8). The signatures stay; the window of recent documents is read by storing order.
DROP TABLE story_bands;
CREATE INDEX story_signatures_sequence ON story_signatures(sequence);
