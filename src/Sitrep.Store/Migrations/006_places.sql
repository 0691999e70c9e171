-- 006: geocoded places (issue 4): every place mention with its chosen GeoNames entry, confidence and the rule that chose
-- it; unresolved mentions keep NULL ids and coordinates. Runner-up candidates are in place_candidates.
CREATE TABLE places (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    role        TEXT NOT NULL,
    entity_id   INTEGER,
    geonameid   INTEGER,
    name        TEXT,
    lat         REAL,
    lon         REAL,
    country     TEXT,
    feature     TEXT,
    confidence  REAL NOT NULL,
    rule        TEXT NOT NULL,
    bbox_west   REAL,
    bbox_south  REAL,
    bbox_east   REAL,
    bbox_north  REAL,
    PRIMARY KEY (document_id, seq)
);
CREATE INDEX places_geonameid ON places (geonameid);
CREATE TABLE place_candidates (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    place_seq   INTEGER NOT NULL,
    rank        INTEGER NOT NULL,
    geonameid   INTEGER,
    name        TEXT NOT NULL,
    country     TEXT,
    feature     TEXT NOT NULL,
    lat         REAL NOT NULL,
    lon         REAL NOT NULL,
    score       REAL NOT NULL,
    PRIMARY KEY (document_id, place_seq, rank)
);
