-- 013: who backs whom over time (issue 10 point 5). The sentence of each per-document alignment (rows stored before
-- stand for their own sentence), and the relations index (Sqlite/Corpus/RelationsIndex, "relations.v1"): one evidence
-- row per alignment of a stored document, keyed by document so that removing a document removes exactly its rows.
-- Edges (backer, backed, opposed) and their dates, document and source counts are aggregated from it at query time.
ALTER TABLE alignments ADD COLUMN sentence_start INTEGER;
ALTER TABLE alignments ADD COLUMN sentence_end INTEGER;

CREATE TABLE relation_evidence (
    document_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,          -- the alignment's place in the document's layer
    backer         TEXT NOT NULL,
    backed         TEXT NOT NULL,
    opposed        TEXT,                      -- null: the text names no side the backing is against
    date           TEXT,                      -- the document's date, YYYY-MM-DD; null when it has none
    outlet         TEXT,                      -- the document's source metadata (Reuters, BBC), if any
    span_start     INTEGER NOT NULL,          -- the evidence, UTF-16 offsets into the document text, end exclusive
    span_end       INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    sentence       TEXT NOT NULL,             -- the sentence's text, so a query shows it without loading the document
    rule           TEXT NOT NULL,
    PRIMARY KEY (document_id, seq)
);
CREATE INDEX relation_evidence_edge ON relation_evidence(backer, backed, opposed, date);
CREATE INDEX relation_evidence_date ON relation_evidence(date);
