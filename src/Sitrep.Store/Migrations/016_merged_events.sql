-- 016: events across documents (issue 10 point 2; GDELT's Events and Mentions), kept by the events index
-- (Sqlite/Corpus/EventsCorpusIndex, "events.v1"). A mention is one row of a document's events layer (events.seq);
-- mentions of one event merge by the rule of Sitrep.Corpus/Events (docs/corpus-events.md).
CREATE TABLE merged_events (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    source_code     TEXT NOT NULL,            -- '' when the mentions name no source
    target_code     TEXT NOT NULL,            -- '' when they name no target
    root            TEXT NOT NULL,            -- CAMEO root: with the dyad, the key candidates are found by
    code            TEXT NOT NULL,            -- the most specific code of the mentions
    goldstein       REAL NOT NULL,
    plover          TEXT NOT NULL,
    range_start     TEXT NOT NULL,            -- YYYY-MM-DD: the days every mention allows (widened, intersected)
    range_end       TEXT NOT NULL,
    date_start      TEXT,                     -- the narrowest date a mention states
    date_end        TEXT,
    date_precision  TEXT,
    place_id        INTEGER,                  -- the most precise place of the mentions: GeoNames id
    place_name      TEXT,
    place_country   TEXT,                     -- ISO 3166-1 alpha-2
    place_precision TEXT,
    place_lat       REAL,
    place_lon       REAL,
    place_west      REAL,
    place_south     REAL,
    place_east      REAL,
    place_north     REAL,
    place_inferred  INTEGER,                  -- 1: the document's focus country, not stated near the event
    num_mentions    INTEGER NOT NULL DEFAULT 0,
    num_articles    INTEGER NOT NULL DEFAULT 0,
    num_sources     INTEGER NOT NULL DEFAULT 0,
    first_report    TEXT,                     -- earliest and latest article date of its mentions
    last_report     TEXT
);
CREATE INDEX merged_events_key ON merged_events(source_code, target_code, root, range_end);
CREATE INDEX merged_events_sources ON merged_events(num_sources);

CREATE TABLE event_mentions (
    document_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,         -- the event's position in the document's events layer (events.seq)
    event_id        INTEGER NOT NULL REFERENCES merged_events(id),
    doc_sequence    INTEGER NOT NULL,         -- the document's storing order: a recomputed event replays its mentions in it
    source_code     TEXT NOT NULL,
    target_code     TEXT NOT NULL,
    code            TEXT NOT NULL,
    goldstein       REAL NOT NULL,
    plover          TEXT NOT NULL,
    date_start      TEXT,
    date_end        TEXT,
    date_precision  TEXT,
    report_date     TEXT,
    place_id        INTEGER,
    place_name      TEXT,
    place_country   TEXT,
    place_precision TEXT,
    place_lat       REAL,
    place_lon       REAL,
    place_west      REAL,
    place_south     REAL,
    place_east      REAL,
    place_north     REAL,
    place_inferred  INTEGER,
    PRIMARY KEY (document_id, seq)
);
CREATE INDEX event_mentions_event ON event_mentions(event_id);
