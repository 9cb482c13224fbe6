-- Each user's private calendar feed (issue 18): one at a time, found by its token's SHA-256 (the token itself is
-- shown once, when made, and kept nowhere); a new one replaces it, revoking deletes it.
CREATE TABLE calendar_feed (
    username   text        PRIMARY KEY,
    token_hash text        NOT NULL UNIQUE,
    created_at timestamptz NOT NULL
);
