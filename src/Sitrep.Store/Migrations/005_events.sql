-- 005: coded events (issue 3 point 4): source and target with their mentions, the CAMEO code with its Goldstein
-- value and PLOVER category, the trigger, evidence and sentence spans, the resolved date, confidence and rule.
CREATE TABLE events (
    document_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    source_code     TEXT NOT NULL,
    source_name     TEXT NOT NULL,
    source_start    INTEGER NOT NULL,
    source_end      INTEGER NOT NULL,
    source_entity   INTEGER,
    target_code     TEXT,
    target_name     TEXT,
    target_start    INTEGER,
    target_end      INTEGER,
    target_entity   INTEGER,
    code            TEXT NOT NULL,
    goldstein       REAL NOT NULL,
    plover          TEXT NOT NULL,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    date_start      TEXT,
    date_end        TEXT,
    date_precision  TEXT,
    date_span_start INTEGER,
    date_span_end   INTEGER,
    date_rule       TEXT,
    confidence      REAL NOT NULL,
    rule            TEXT NOT NULL,
    paired          INTEGER NOT NULL,
    PRIMARY KEY (document_id, seq)
);
CREATE INDEX events_code ON events (code);
CREATE INDEX events_source ON events (source_code);
CREATE INDEX events_target ON events (target_code);
CREATE INDEX events_date ON events (date_start);
