-- Issue 19: the pages kept for anonymous visitors are kept until what they show changes. Each node bumps the part
-- it changed here once its transaction has committed, and every node reads these two rows at most twice a second.
CREATE TABLE public_content_version (
    content_part VARCHAR(16) PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO public_content_version (content_part, version) VALUES ('CONTENT', 0);
INSERT INTO public_content_version (content_part, version) VALUES ('VOTE', 0);
