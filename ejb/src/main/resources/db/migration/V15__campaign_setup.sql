-- Campaign set-up by agents: each category's share of the envelope, and the legal forms that may carry a file.
ALTER TABLE category ADD COLUMN envelope_share_percent NUMERIC(5, 2);

CREATE TABLE campaign_legal_form (
    campaign_id BIGINT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    legal_form VARCHAR(40) NOT NULL,
    PRIMARY KEY (campaign_id, legal_form)
);
-- Editions created before this step admitted every legal form.
INSERT INTO campaign_legal_form (campaign_id, legal_form)
SELECT c.id, f.form FROM campaign c CROSS JOIN (VALUES ('ASSOCIATION'), ('JUNIOR_ASSOCIATION'), ('SCIC'), ('SCOP'),
    ('SOLIDARITY_ENTERPRISE'), ('ESUS')) AS f (form);
