-- 003: actor codes of entities (issue 3 point 1), one per coded entity, with the rule and the dictionary entry that
-- gave it, so every code traces back to the data that made it (STYLE A8).
CREATE TABLE actors (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL,
    code        TEXT NOT NULL,
    rule        TEXT NOT NULL,
    evidence    TEXT NOT NULL,
    PRIMARY KEY (document_id, entity_id)
);
