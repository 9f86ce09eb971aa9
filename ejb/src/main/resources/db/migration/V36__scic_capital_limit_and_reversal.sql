-- Issue 18, point 3. A general assembly may declare the SCIC's total capital and the part the other local
-- authorities hold in it: the latest declaration is what the département's subscriptions are checked
-- against (local authorities together hold at most 50 %, loi n° 47-1775, art. 19 septies).
ALTER TABLE scic_assembly ADD COLUMN declared_capital NUMERIC(14, 2);
ALTER TABLE scic_assembly ADD COLUMN other_public_capital NUMERIC(14, 2);
ALTER TABLE scic_assembly ADD CONSTRAINT ck_scic_assembly_capital CHECK (declared_capital IS NULL OR declared_capital > 0);
ALTER TABLE scic_assembly ADD CONSTRAINT ck_scic_assembly_others
    CHECK (other_public_capital IS NULL OR (declared_capital IS NOT NULL AND other_public_capital >= 0
                                            AND other_public_capital <= declared_capital));

-- A capital entry is never edited: a mistake is cancelled by a reversal ("contre-passation"), an entry of
-- kind REVERSAL that names the entry it cancels and why. An entry is reversed once at most.
ALTER TABLE scic_capital_movement ADD COLUMN reverses_id BIGINT REFERENCES scic_capital_movement (id);
ALTER TABLE scic_capital_movement ADD COLUMN reason VARCHAR(500);
ALTER TABLE scic_capital_movement ADD CONSTRAINT ck_scic_movement_reversal
    CHECK ((kind = 'REVERSAL') = (reverses_id IS NOT NULL) AND (reverses_id IS NULL OR reason IS NOT NULL));
CREATE UNIQUE INDEX uq_scic_movement_reverses ON scic_capital_movement (reverses_id);
