-- 018: the cost of the corpus indexes (issue 10 point 8). The stories index keeps its LSH band keys in memory
-- (Sitrep.Corpus.Stories.LshBandTable), rebuilt from the signatures when a store opens: 50 band rows a document made
-- it the slowest part of storing. The signatures stay; the window of recent documents is read by storing order.
DROP TABLE story_bands;
CREATE INDEX story_signatures_sequence ON story_signatures(sequence);
-- Every mention adds one to corpus_actors.documents, and this index moved the row each time; the actors list sorts by
-- it at query time instead (tens of thousands of rows, once per listing).
DROP INDEX corpus_actors_documents;
-- The actors index's rows are found by their primary keys only: the tables become WITHOUT ROWID (one B-tree each
-- instead of a table and its key), and a mention keeps the aliases it added in one JSON column (an array of
-- [kind, key, surface]) instead of a row each in corpus_actor_mention_aliases. Rows are copied as they are.
CREATE TABLE corpus_actor_aliases_018 (
    actor_id  INTEGER NOT NULL REFERENCES corpus_actors(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL,
    key       TEXT NOT NULL,
    skeleton  TEXT NOT NULL,
    surface   TEXT NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (actor_id, kind, key, surface)
) WITHOUT ROWID;
INSERT INTO corpus_actor_aliases_018 SELECT actor_id, kind, key, skeleton, surface, documents FROM corpus_actor_aliases;
DROP TABLE corpus_actor_aliases;
ALTER TABLE corpus_actor_aliases_018 RENAME TO corpus_actor_aliases;
CREATE INDEX corpus_actor_aliases_key ON corpus_actor_aliases(kind, key);
CREATE INDEX corpus_actor_aliases_skeleton ON corpus_actor_aliases(kind, skeleton);

CREATE TABLE corpus_actor_facets_018 (
    actor_id  INTEGER NOT NULL REFERENCES corpus_actors(id) ON DELETE CASCADE,
    facet     TEXT NOT NULL,
    value     TEXT NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (actor_id, facet, value)
) WITHOUT ROWID;
INSERT INTO corpus_actor_facets_018 SELECT actor_id, facet, value, documents FROM corpus_actor_facets;
DROP TABLE corpus_actor_facets;
ALTER TABLE corpus_actor_facets_018 RENAME TO corpus_actor_facets;

CREATE TABLE corpus_actor_mentions_018 (
    document_id   TEXT NOT NULL,
    entity_id     INTEGER NOT NULL,
    actor_id      INTEGER,
    outcome       TEXT NOT NULL,
    reason        TEXT NOT NULL,
    refused       TEXT,
    name          TEXT NOT NULL,
    role          TEXT,
    affiliation   TEXT,
    code          TEXT,
    date          TEXT,
    events_source INTEGER NOT NULL,
    events_target INTEGER NOT NULL,
    aliases       TEXT,                        -- JSON [[kind, key, surface], …]: the aliases this mention added to its actor
    PRIMARY KEY (document_id, entity_id)
) WITHOUT ROWID;
INSERT INTO corpus_actor_mentions_018
SELECT m.document_id, m.entity_id, m.actor_id, m.outcome, m.reason, m.refused, m.name, m.role, m.affiliation, m.code, m.date,
       m.events_source, m.events_target,
       CASE WHEN m.actor_id IS NULL THEN NULL ELSE
           (SELECT json_group_array(json_array(a.kind, a.key, a.surface)) FROM corpus_actor_mention_aliases a
            WHERE a.document_id = m.document_id AND a.actor_id = m.actor_id) END
FROM corpus_actor_mentions m;
DROP TABLE corpus_actor_mentions;
DROP TABLE corpus_actor_mention_aliases;
ALTER TABLE corpus_actor_mentions_018 RENAME TO corpus_actor_mentions;
CREATE INDEX corpus_actor_mentions_actor ON corpus_actor_mentions(actor_id);
