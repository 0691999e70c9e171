-- 018: the cost of the corpus indexes (issue 10 point 8). The stories index keeps its LSH band keys in memory
-- (Sitrep.Corpus.Stories.LshBandTable), rebuilt from the signatures when a store opens: 50 band rows a document made
-- it the slowest part of storing. The signatures stay; the window of recent documents is read by storing order.
DROP TABLE story_bands;
CREATE INDEX story_signatures_sequence ON story_signatures(sequence);
-- Every mention adds one to corpus_actors.documents, and this index moved the row each time; the actors list sorts by
-- it at query time instead (tens of thousands of rows, once per listing).
DROP INDEX corpus_actors_documents;
