-- 010: how a run ended (issue 9 point 5): running (or the process died), finished, or interrupted by the user.
ALTER TABLE runs ADD COLUMN status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'finished', 'interrupted'));
UPDATE runs SET status = 'finished' WHERE finished_at IS NOT NULL;
