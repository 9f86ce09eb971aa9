-- Issue 18, point 3 (the same gap in grants): an instalment is never edited either. A mistyped one is
-- cancelled by a reversal that names it, says why, and who recorded it; an instalment is reversed once.
-- Who recorded an instalment and when is kept from now on (older rows have none).
ALTER TABLE followup_instalment ADD COLUMN reverses_id BIGINT REFERENCES followup_instalment (id);
ALTER TABLE followup_instalment ADD COLUMN reason VARCHAR(500);
ALTER TABLE followup_instalment ADD COLUMN recorded_by VARCHAR(254);
ALTER TABLE followup_instalment ADD COLUMN recorded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE followup_instalment ADD CONSTRAINT ck_followup_instalment_reversal
    CHECK (reverses_id IS NULL OR reason IS NOT NULL);
CREATE UNIQUE INDEX uq_followup_instalment_reverses ON followup_instalment (reverses_id);
