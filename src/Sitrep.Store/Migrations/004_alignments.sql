-- 004: backing relations (issue 3 point 8): who backs whom, against whom, with the words that say so.
CREATE TABLE alignments (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    backer      TEXT NOT NULL,
    backed      TEXT NOT NULL,
    opposes     TEXT,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    rule        TEXT NOT NULL,
    PRIMARY KEY (document_id, seq)
);
