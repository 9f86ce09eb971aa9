-- A vote sent again with the same Idempotency-Key gets its first answer back (issue 16): the key is kept
-- with the ballot, compared for the same pseudonym and category only.
ALTER TABLE urn_ballot ADD COLUMN idempotency_key VARCHAR(64);
