-- Assisted-vote tickets in the database, so that any node of a cluster honours them (issue 16): the ticket's
-- SHA-256 only, valid 15 minutes, deleted when the vote ends or as new tickets are issued.
CREATE TABLE assistance_ticket (
    ticket_hash VARCHAR(64) PRIMARY KEY,
    resident_id BIGINT NOT NULL REFERENCES account (id),
    assistant VARCHAR(254) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
