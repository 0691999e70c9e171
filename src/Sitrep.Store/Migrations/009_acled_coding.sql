-- 009: ACLED typing of events (issue 8): the event's ACLED event, sub-event and disorder type with its CASE 2021 label,
-- confidence, rule and whether the type is only the one its sentence reports (acled_case_label is NULL exactly when the event has no ACLED coding); people killed and injured
-- as the sentence states them (count NULL = not stated); each side's ACLED actor type (inter code name), whether it is
-- a generic actor and the rule that decided it. New columns only: existing rows keep their values and read back with
-- no ACLED coding, no casualty counts and uncategorised actors.
ALTER TABLE events ADD COLUMN acled_event_type TEXT;
ALTER TABLE events ADD COLUMN acled_sub_event_type TEXT;
ALTER TABLE events ADD COLUMN acled_disorder_type TEXT;
ALTER TABLE events ADD COLUMN acled_case_label TEXT;
ALTER TABLE events ADD COLUMN acled_confidence REAL;
ALTER TABLE events ADD COLUMN acled_rule TEXT;
ALTER TABLE events ADD COLUMN acled_reported INTEGER;
ALTER TABLE events ADD COLUMN fatalities_count INTEGER;
ALTER TABLE events ADD COLUMN fatalities_start INTEGER;
ALTER TABLE events ADD COLUMN fatalities_end INTEGER;
ALTER TABLE events ADD COLUMN fatalities_vague INTEGER;
ALTER TABLE events ADD COLUMN fatalities_rule TEXT;
ALTER TABLE events ADD COLUMN injuries_count INTEGER;
ALTER TABLE events ADD COLUMN injuries_start INTEGER;
ALTER TABLE events ADD COLUMN injuries_end INTEGER;
ALTER TABLE events ADD COLUMN injuries_vague INTEGER;
ALTER TABLE events ADD COLUMN injuries_rule TEXT;
ALTER TABLE events ADD COLUMN source_category TEXT;
ALTER TABLE events ADD COLUMN source_generic INTEGER;
ALTER TABLE events ADD COLUMN source_rule TEXT;
ALTER TABLE events ADD COLUMN target_category TEXT;
ALTER TABLE events ADD COLUMN target_generic INTEGER;
ALTER TABLE events ADD COLUMN target_rule TEXT;
CREATE INDEX events_acled ON events (acled_sub_event_type);

-- Unnamed and generic actors (issue 8 point 1): the phrase, its head noun, the CAMEO code as far as the phrase gives
-- it, ACLED's actor type, the ACLED-style label, the country the phrase names (ISO alpha-3) and the lexicon rule.
CREATE TABLE generic_actors (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    head_start  INTEGER NOT NULL,
    head_end    INTEGER NOT NULL,
    code        TEXT NOT NULL,
    category    TEXT NOT NULL,
    name        TEXT NOT NULL,
    country     TEXT,
    rule        TEXT NOT NULL,
    PRIMARY KEY (document_id, seq)
);
