-- The answers of POSTs sent with an Idempotency-Key (platform IdempotentRequests): kept with the effect, in its
-- transaction, so that a retry gets the same answer and changes nothing; purged after the retention (24 h).
CREATE TABLE idempotent_request (
    caller      TEXT        NOT NULL,
    key         TEXT        NOT NULL,
    fingerprint TEXT        NOT NULL,
    status      INTEGER     NOT NULL,
    location    TEXT,
    body        TEXT,
    created_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (caller, key)
);
CREATE INDEX idempotent_request_created_at ON idempotent_request (created_at);
