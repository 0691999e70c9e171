-- 014: actors across documents (issue 10 point 4), kept by the actors index (Sqlite/Corpus/ActorIndex.cs).
-- corpus_actors: one row per actor, with counters kept in step as documents come and go (no scan at ingest).
CREATE TABLE corpus_actors (
    id             INTEGER PRIMARY KEY,
    type           TEXT NOT NULL,              -- Person or Org
    name           TEXT NOT NULL,              -- display name: the Name alias stated by most documents
    name_key       TEXT NOT NULL,              -- key of its most stated Name alias of several words, else of one word
    documents      INTEGER NOT NULL,           -- documents that mention it
    events_source  INTEGER NOT NULL,           -- events of those documents with it as source
    events_target  INTEGER NOT NULL            -- ... as target
);
CREATE INDEX corpus_actors_documents ON corpus_actors(documents DESC);

-- Aliases: normalised key -> actor, with the number of documents stating each; looked up by (kind, key) or, for
-- long keys, by (kind, skeleton) and NameKey.Matches.
CREATE TABLE corpus_actor_aliases (
    actor_id  INTEGER NOT NULL REFERENCES corpus_actors(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL,                   -- Name, Surname, Acronym, Mention
    key       TEXT NOT NULL,
    skeleton  TEXT NOT NULL,
    surface   TEXT NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (actor_id, kind, key, surface)
);
CREATE INDEX corpus_actor_aliases_key ON corpus_actor_aliases(kind, key);
CREATE INDEX corpus_actor_aliases_skeleton ON corpus_actor_aliases(kind, skeleton);

-- Codes, affiliations and roles per actor with the number of documents stating them (what resolution compares).
CREATE TABLE corpus_actor_facets (
    actor_id  INTEGER NOT NULL REFERENCES corpus_actors(id) ON DELETE CASCADE,
    facet     TEXT NOT NULL,                   -- code, affiliation (a key), role (lower case)
    value     TEXT NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (actor_id, facet, value)
);

-- One row per person or organisation entity of a stored document: which actor it resolved to (null: ambiguous),
-- why, and what the document states (role, affiliation, code, date): roles and codes over time are read from here.
CREATE TABLE corpus_actor_mentions (
    document_id   TEXT NOT NULL,
    entity_id     INTEGER NOT NULL,
    actor_id      INTEGER,
    outcome       TEXT NOT NULL,               -- Joined, New, Ambiguous
    reason        TEXT NOT NULL,
    refused       TEXT,                        -- ids of actors kept apart, space-separated
    name          TEXT NOT NULL,
    role          TEXT,
    affiliation   TEXT,
    code          TEXT,
    date          TEXT,                        -- the document's date, yyyy-MM-dd
    events_source INTEGER NOT NULL,
    events_target INTEGER NOT NULL,
    PRIMARY KEY (document_id, entity_id)
);
CREATE INDEX corpus_actor_mentions_actor ON corpus_actor_mentions(actor_id);

-- The aliases each document gave, so removing it takes back exactly its support.
CREATE TABLE corpus_actor_mention_aliases (
    document_id TEXT NOT NULL,
    actor_id    INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    key         TEXT NOT NULL,
    surface     TEXT NOT NULL,
    PRIMARY KEY (document_id, actor_id, kind, key, surface)
);
