-- Work that must run once for the whole cluster takes one of these rows' lock (SELECT … FOR UPDATE) in its
-- transaction: the start-up jobs (first administrator, demo data) of nodes starting together, and the
-- comptoirs' daily reminders whose timer fires on every node (issue 16).
CREATE TABLE cluster_lock (
    name VARCHAR(40) PRIMARY KEY
);
INSERT INTO cluster_lock (name) VALUES ('startup');
INSERT INTO cluster_lock (name) VALUES ('comptoir-reminders');
