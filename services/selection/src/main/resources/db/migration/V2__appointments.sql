-- The appointment trail (选拔任用全程纪实, issue 23): a post's selection from the motion to the appointment, each step
-- with who and when (appointment_step), the candidates with their investigation reports, the four checks of the
-- pre-appointment joint review (凡提四必) per candidate, the decision meeting's vote and the publicity.
CREATE TABLE appointment (
    id                 UUID        PRIMARY KEY,
    unit_id            UUID        NOT NULL,
    post_title         TEXT        NOT NULL,
    rank_level         TEXT        NOT NULL,
    reason             TEXT        NOT NULL,
    method             TEXT        NOT NULL CHECK (method IN ('RECOMMENDATION', 'COMPETITION', 'OPEN_SELECTION')),
    stage              TEXT        NOT NULL CHECK (stage IN ('MOTION', 'RECOMMENDATION', 'CANDIDATES', 'INVESTIGATION',
                                       'JOINT_REVIEW', 'DECISION', 'PUBLICITY', 'APPOINTED', 'WITHDRAWN')),
    voting_session_id  UUID        REFERENCES voting_session (id),
    decided_cadre_id   UUID,
    meeting_on         DATE,
    members            INTEGER,
    present            INTEGER,
    in_favour          INTEGER,
    publicity_start    DATE,
    publicity_last_day DATE,
    objections_open    INTEGER     NOT NULL DEFAULT 0 CHECK (objections_open >= 0),
    appointed_on       DATE,
    withdrawn_reason   TEXT,
    created_by         TEXT        NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    version            BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX appointment_unit ON appointment (unit_id, created_at DESC);

CREATE TABLE appointment_candidate (
    appointment_id UUID    NOT NULL REFERENCES appointment (id),
    position       INTEGER NOT NULL,
    cadre_id       UUID    NOT NULL,
    report         TEXT,
    PRIMARY KEY (appointment_id, position),
    UNIQUE (appointment_id, cadre_id)
);
CREATE INDEX appointment_candidate_cadre ON appointment_candidate (cadre_id);

CREATE TABLE appointment_check (
    appointment_id UUID        NOT NULL REFERENCES appointment (id),
    position       INTEGER     NOT NULL,
    cadre_id       UUID        NOT NULL,
    check_kind     TEXT        NOT NULL CHECK (check_kind IN ('PERSONNEL_FILE', 'PERSONAL_MATTERS', 'DISCIPLINE_OPINION',
                                   'PETITIONS')),
    answer         TEXT        NOT NULL CHECK (answer IN ('REQUESTED', 'CLEAR', 'NEGATIVE')),
    note           TEXT,
    requested_by   TEXT        NOT NULL,
    requested_at   TIMESTAMPTZ NOT NULL,
    answered_by    TEXT,
    answered_at    TIMESTAMPTZ,
    PRIMARY KEY (appointment_id, position),
    UNIQUE (appointment_id, cadre_id, check_kind)
);

CREATE TABLE appointment_step (
    appointment_id UUID        NOT NULL REFERENCES appointment (id),
    position       INTEGER     NOT NULL,
    stage          TEXT        NOT NULL,
    actor          TEXT        NOT NULL,
    at             TIMESTAMPTZ NOT NULL,
    note           TEXT,
    PRIMARY KEY (appointment_id, position)
);
