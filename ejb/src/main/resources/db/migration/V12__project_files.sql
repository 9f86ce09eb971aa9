-- Project files written by their carriers: drafts may be incomplete, so the columns that a submitted
-- file must have are checked by the application at submission, not by NOT NULL.
ALTER TABLE project ALTER COLUMN category_id DROP NOT NULL;
ALTER TABLE project ALTER COLUMN carrier_name DROP NOT NULL;
ALTER TABLE project ALTER COLUMN legal_form DROP NOT NULL;
ALTER TABLE project ALTER COLUMN territory_code DROP NOT NULL;
ALTER TABLE project ALTER COLUMN total_cost DROP NOT NULL;
ALTER TABLE project ALTER COLUMN requested_amount DROP NOT NULL;
ALTER TABLE project ADD COLUMN owner_id BIGINT REFERENCES account (id);
ALTER TABLE project ADD COLUMN registration_number VARCHAR(10);
ALTER TABLE project ADD COLUMN adult_referent VARCHAR(200);
ALTER TABLE project ADD COLUMN address VARCHAR(300);
ALTER TABLE project ADD COLUMN commune_insee_code VARCHAR(5) REFERENCES commune (insee_code);
ALTER TABLE project ADD COLUMN submitted_on DATE;
CREATE INDEX ix_project_owner ON project (owner_id);

CREATE TABLE project_budget_line (
    project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    line_order INTEGER NOT NULL,
    kind VARCHAR(20) NOT NULL,
    label VARCHAR(200) NOT NULL,
    amount NUMERIC(14, 2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (project_id, line_order)
);
