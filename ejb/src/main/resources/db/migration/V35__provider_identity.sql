-- FranceConnect v2 and other OpenID Connect providers (issue 17): an account is found again by the provider's
-- subject, not by its e-mail address; a birth date given by the provider's certified identity is marked so
-- (shown as certified, not editable); a resident who moved out of the Pas-de-Calais keeps the account.
CREATE TABLE account_identity (
    issuer VARCHAR(300) NOT NULL,
    subject VARCHAR(255) NOT NULL,
    account_id BIGINT NOT NULL REFERENCES account (id),
    linked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (issuer, subject)
);
CREATE INDEX ix_account_identity_account ON account_identity (account_id);
ALTER TABLE account ADD COLUMN birth_date_certified BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE account ADD COLUMN lives_outside BOOLEAN NOT NULL DEFAULT FALSE;
