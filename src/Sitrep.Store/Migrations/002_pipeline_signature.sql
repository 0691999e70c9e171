-- 002: which pipeline (stage names + data-file stamps, hashed) produced each stored document, so that re-ingesting the
-- same text after a pipeline or dictionary upgrade reprocesses it instead of keeping stale layers. Rows stored before
-- this migration have no signature and are reprocessed on their next ingest.
ALTER TABLE documents ADD COLUMN pipeline TEXT;
