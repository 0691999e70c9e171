-- 017: the stories index (issue 10 point 1; Sqlite/Corpus/StoriesIndex, stories.v1). Each document's MinHash signature,
-- its LSH band keys (candidates are found by key, never by scanning), and the stories: connected groups of documents
-- that are copies of one text. story_documents (012) holds each document's story.
CREATE TABLE story_signatures (
    document_id  TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    sequence     INTEGER NOT NULL,             -- storing order (documents.rowid when added)
    content_hash TEXT NOT NULL,                -- exact copies share it
    signature    BLOB NOT NULL                 -- MinHash values, 4 bytes each, little-endian
);
CREATE INDEX story_signatures_hash ON story_signatures(content_hash);

CREATE TABLE story_bands (
    band        INTEGER NOT NULL,
    hash        INTEGER NOT NULL,              -- the band's key
    document_id TEXT NOT NULL,
    PRIMARY KEY (band, hash, document_id)
) WITHOUT ROWID;

CREATE TABLE stories (
    id             TEXT PRIMARY KEY,           -- the id of the story's first stored document
    first_sequence INTEGER NOT NULL,
    first_date     TEXT,                       -- earliest date among its documents (YYYY-MM-DD)
    articles       INTEGER NOT NULL
);

CREATE TABLE story_sources (
    story_id TEXT NOT NULL,
    source   TEXT NOT NULL,                    -- an outlet (documents.source)
    articles INTEGER NOT NULL,
    PRIMARY KEY (story_id, source)
) WITHOUT ROWID;
