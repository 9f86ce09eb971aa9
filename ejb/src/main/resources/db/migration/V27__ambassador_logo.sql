-- An ambassador's logo or photo, and the one waiting for an agent's review.
ALTER TABLE ambassador ADD COLUMN logo_key VARCHAR(36);
ALTER TABLE ambassador ADD COLUMN logo_type VARCHAR(10);
ALTER TABLE ambassador ADD COLUMN pending_logo_key VARCHAR(36);
ALTER TABLE ambassador ADD COLUMN pending_logo_type VARCHAR(10);
