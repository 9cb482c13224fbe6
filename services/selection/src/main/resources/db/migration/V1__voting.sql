-- Online voting sessions (民主推荐, 民主测评) with one-time voter codes (issue 23). What is kept is chosen so that
-- nothing ties a ballot to a code: a code is its digest (salted with the session's secret), its category and whether
-- it has voted, with no time; a ballot waits in the box with its category only, and at the close the box is counted
-- into the tally and emptied in one transaction that also rewrites every code of the session.
CREATE TABLE voting_session (
    id            UUID        PRIMARY KEY,
    unit_id       UUID        NOT NULL,
    kind          TEXT        NOT NULL CHECK (kind IN ('RECOMMENDATION', 'EVALUATION')),
    title         TEXT        NOT NULL,
    places        INTEGER     CHECK (places IS NULL OR places > 0),
    candidate_ids UUID[]      NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    secret        BYTEA       NOT NULL,
    codes_issued  BOOLEAN     NOT NULL DEFAULT false,
    created_by    TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    opened_by     TEXT,
    opened_at     TIMESTAMPTZ,
    closed_by     TEXT,
    closed_at     TIMESTAMPTZ,
    version       BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX voting_session_unit ON voting_session (unit_id, created_at DESC);

CREATE TABLE voter_category (
    session_id UUID         NOT NULL REFERENCES voting_session (id),
    position   INTEGER      NOT NULL,
    code       TEXT         NOT NULL,
    name       TEXT         NOT NULL,
    weight     NUMERIC(6, 3) NOT NULL CHECK (weight > 0),
    voters     INTEGER      NOT NULL CHECK (voters > 0),
    PRIMARY KEY (session_id, position),
    UNIQUE (session_id, code)
);

CREATE TABLE voter_code (
    digest     TEXT    PRIMARY KEY,
    session_id UUID    NOT NULL REFERENCES voting_session (id),
    category   TEXT    NOT NULL,
    used       BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX voter_code_session ON voter_code (session_id, category);

CREATE TABLE ballot_box (
    id         UUID  PRIMARY KEY,
    session_id UUID  NOT NULL REFERENCES voting_session (id),
    category   TEXT  NOT NULL,
    content    JSONB NOT NULL
);
CREATE INDEX ballot_box_session ON ballot_box (session_id);

-- the count at the close: per person, category and choice (RECOMMENDED, or a grade); ballots cast per category
-- are the rows of the person NULL
CREATE TABLE tally (
    session_id   UUID    NOT NULL REFERENCES voting_session (id),
    candidate_id UUID,
    category     TEXT    NOT NULL,
    choice       TEXT    NOT NULL,
    votes        INTEGER NOT NULL CHECK (votes >= 0)
);
CREATE UNIQUE INDEX tally_row ON tally (session_id, coalesce(candidate_id, '00000000-0000-0000-0000-000000000000'),
    category, choice);
