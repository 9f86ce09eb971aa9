-- The language a person reads the portal in: the mails others' actions send them are written in it.
ALTER TABLE account ADD COLUMN language VARCHAR(2) DEFAULT 'fr' NOT NULL;
