-- 012: which story each stored document belongs to (issue 10 point 1), kept by the stories index (Sqlite/Corpus).
-- Other corpus tables read a document's story from here: copies of one story count as one source (point 2).
-- A document without a row here is a story of its own.
CREATE TABLE story_documents (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    story_id    TEXT NOT NULL                 -- the id of the story's first document
);
CREATE INDEX story_documents_story ON story_documents(story_id);
