-- 001: documents with their entity, mention, quote, zone and diagnostic layers; runs (STYLE A8).
-- Later layers (events, places, alignments: issues 3 and 4) come as new tables in later migrations, keyed by document_id.

CREATE TABLE runs (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    stages        TEXT NOT NULL,             -- JSON array of versioned stage names, in order
    data_stamps   TEXT NOT NULL DEFAULT '[]',-- JSON array of data-file stamps (name@vN)
    config        TEXT NOT NULL,             -- JSON of the resolved configuration
    stored        INTEGER NOT NULL DEFAULT 0,
    unchanged     INTEGER NOT NULL DEFAULT 0,
    failed        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE documents (
    id             TEXT PRIMARY KEY,
    run_id         INTEGER REFERENCES runs(id),
    status         TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    content_hash   TEXT,                      -- SHA-256 of the text (UTF-8), hex; null for failed inputs
    failure_code   TEXT,
    failure_reason TEXT,
    source_name    TEXT,                      -- where it was read from (path, path:line, stdin)
    date           TEXT,                      -- YYYY-MM-DD
    title          TEXT,
    url            TEXT,
    source         TEXT,
    dateline       TEXT,
    text           TEXT,                      -- raw text, verbatim: every span indexes it
    metadata       TEXT NOT NULL DEFAULT '{}',-- JSON: headings, credits, source map
    layers         TEXT NOT NULL DEFAULT '[]',-- JSON array of the layers the pipeline produced
    stored_at      TEXT NOT NULL
);
CREATE INDEX documents_content_hash ON documents(content_hash);

CREATE TABLE zones (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    PRIMARY KEY (document_id, seq)
);

CREATE TABLE entities (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL,
    type        TEXT NOT NULL,
    name        TEXT NOT NULL,
    role        TEXT,
    affiliation TEXT,
    acronym     TEXT,
    PRIMARY KEY (document_id, entity_id)
);

CREATE TABLE mentions (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    entity_id   INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    PRIMARY KEY (document_id, seq),
    FOREIGN KEY (document_id, entity_id) REFERENCES entities(document_id, entity_id) ON DELETE CASCADE
);

CREATE TABLE quotes (
    document_id       TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq               INTEGER NOT NULL,
    span_start        INTEGER NOT NULL,
    span_end          INTEGER NOT NULL,
    kind              TEXT NOT NULL,
    speaker_name      TEXT NOT NULL,
    speaker_role      TEXT,
    speaker_anonymous INTEGER NOT NULL,
    speaker_start     INTEGER,
    speaker_end       INTEGER,
    speaker_entity_id INTEGER,
    cue_start         INTEGER,
    cue_end           INTEGER,
    PRIMARY KEY (document_id, seq),
    FOREIGN KEY (document_id, speaker_entity_id) REFERENCES entities(document_id, entity_id) ON DELETE CASCADE
);

CREATE TABLE diagnostics (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    stage       TEXT NOT NULL,
    code        INTEGER NOT NULL,
    severity    TEXT NOT NULL,
    message     TEXT NOT NULL,
    span_start  INTEGER,
    span_end    INTEGER,
    PRIMARY KEY (document_id, seq)
);
