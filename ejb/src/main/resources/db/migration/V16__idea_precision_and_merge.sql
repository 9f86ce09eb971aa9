-- Moderation can ask the author a question, or merge a duplicate into an idea of the gallery.
ALTER TABLE idea ADD COLUMN precision_request VARCHAR(1000);
ALTER TABLE idea ADD COLUMN merged_into_id BIGINT REFERENCES idea (id);
