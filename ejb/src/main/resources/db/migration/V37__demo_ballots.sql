-- Issue 18, point 1: an edition whose stored ballots were made up by the demo data says so, so that its pages
-- never pass them off as the residents' vote (the département's declared voter count stays beside them).
ALTER TABLE campaign ADD COLUMN demo_ballots BOOLEAN NOT NULL DEFAULT FALSE;
-- A database loaded by an earlier demo: its synthetic voters are invited accounts under demo.invalid.
UPDATE campaign SET demo_ballots = TRUE WHERE id IN (
    SELECT DISTINCT p.campaign_id FROM vote_participation p JOIN account a ON a.id = p.voter_id
    WHERE a.email LIKE '%@demo.invalid');
