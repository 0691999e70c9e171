-- 008: an event may have no source (issue 4: "the fleet has been depleted by attacks on airports in Tripoli" names the
-- target and the place but not who attacked; ACLED's unidentified actor). SQLite cannot relax NOT NULL in place, so
-- the table is rebuilt with the same columns and rows.
CREATE TABLE events_008 (
    document_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    source_code     TEXT,
    source_name     TEXT,
    source_start    INTEGER,
    source_end      INTEGER,
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
    place_seq       INTEGER,
    place_precision TEXT,
    place_rule      TEXT,
    PRIMARY KEY (document_id, seq)
);
INSERT INTO events_008 (document_id, seq, source_code, source_name, source_start, source_end, source_entity,
    target_code, target_name, target_start, target_end, target_entity, code, goldstein, plover,
    trigger_start, trigger_end, evidence_start, evidence_end, sentence_start, sentence_end,
    date_start, date_end, date_precision, date_span_start, date_span_end, date_rule, confidence, rule, paired,
    place_seq, place_precision, place_rule)
SELECT document_id, seq, source_code, source_name, source_start, source_end, source_entity,
    target_code, target_name, target_start, target_end, target_entity, code, goldstein, plover,
    trigger_start, trigger_end, evidence_start, evidence_end, sentence_start, sentence_end,
    date_start, date_end, date_precision, date_span_start, date_span_end, date_rule, confidence, rule, paired,
    place_seq, place_precision, place_rule
FROM events;
DROP TABLE events;
ALTER TABLE events_008 RENAME TO events;
CREATE INDEX events_code ON events (code);
CREATE INDEX events_source ON events (source_code);
CREATE INDEX events_target ON events (target_code);
CREATE INDEX events_date ON events (date_start);
