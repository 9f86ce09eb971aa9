-- Projects are filed under one of the département's themes (shared with ideas) for the ballot's filters.
ALTER TABLE project ADD COLUMN theme VARCHAR(40);
