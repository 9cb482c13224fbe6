-- Training: courses, plans, classes, enrolments, attendance, records, proposals.

CREATE TABLE course (
    id           UUID PRIMARY KEY,
    code         TEXT          NOT NULL UNIQUE,
    title        TEXT          NOT NULL,
    kind         TEXT          NOT NULL,
    capabilities TEXT[]        NOT NULL DEFAULT '{}',
    credit_hours NUMERIC(7, 2) NOT NULL,
    online       BOOLEAN       NOT NULL DEFAULT FALSE,
    off_job_days INTEGER       NOT NULL DEFAULT 0,
    provider     TEXT,
    description  TEXT,
    active       BOOLEAN       NOT NULL DEFAULT TRUE,
    version      BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX course_capabilities ON course USING gin (capabilities);

-- Online courses: each module earns credit by its length (OnlineCredit).
CREATE TABLE course_module (
    id        UUID PRIMARY KEY,
    course_id UUID    NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    title     TEXT    NOT NULL,
    minutes   INTEGER NOT NULL,
    has_test  BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE training_plan (
    id                     UUID PRIMARY KEY,
    unit_id                UUID          NOT NULL,
    year                   INTEGER       NOT NULL,
    title                  TEXT          NOT NULL,
    target_coverage        NUMERIC(5, 2) NOT NULL,
    target_hours_per_cadre NUMERIC(7, 2) NOT NULL,
    designated_cadre_ids   UUID[]        NOT NULL DEFAULT '{}',
    version                BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (unit_id, year, title)
);

CREATE TABLE training_class (
    id              UUID PRIMARY KEY,
    course_id       UUID    NOT NULL REFERENCES course (id),
    plan_id         UUID REFERENCES training_plan (id),
    unit_id         UUID    NOT NULL,
    title           TEXT    NOT NULL,
    start_date      DATE    NOT NULL,
    end_date        DATE    NOT NULL,
    capacity        INTEGER NOT NULL,
    venue           TEXT,
    open_enrolment  BOOLEAN NOT NULL DEFAULT TRUE,
    status          TEXT    NOT NULL DEFAULT 'OPEN',
    version         BIGINT  NOT NULL DEFAULT 0,
    CHECK (end_date >= start_date),
    CHECK (capacity > 0)
);
CREATE INDEX training_class_unit ON training_class (unit_id, start_date);

CREATE TABLE enrolment (
    id           UUID PRIMARY KEY,
    class_id     UUID          NOT NULL REFERENCES training_class (id),
    cadre_id     UUID          NOT NULL,
    status       TEXT          NOT NULL,
    designated   BOOLEAN       NOT NULL DEFAULT FALSE,
    enrolled_by  TEXT          NOT NULL,
    enrolled_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    leave_hours  NUMERIC(7, 2) NOT NULL DEFAULT 0,
    test_score   NUMERIC(5, 2),
    completed_on DATE,
    version      BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (class_id, cadre_id)
);
CREATE INDEX enrolment_cadre ON enrolment (cadre_id);

CREATE TABLE attendance (
    enrolment_id UUID          NOT NULL REFERENCES enrolment (id),
    day          DATE          NOT NULL,
    present      BOOLEAN       NOT NULL,
    leave_hours  NUMERIC(7, 2) NOT NULL DEFAULT 0,
    recorded_by  TEXT          NOT NULL,
    PRIMARY KEY (enrolment_id, day)
);

-- Training records (学时 that count): from completions, online platforms, or entered by HR with evidence.
CREATE TABLE training_record (
    id            UUID PRIMARY KEY,
    cadre_id      UUID          NOT NULL,
    course_id     UUID,
    enrolment_id  UUID UNIQUE,
    title         TEXT          NOT NULL,
    source        TEXT          NOT NULL,
    capabilities  TEXT[]        NOT NULL DEFAULT '{}',
    hours         NUMERIC(7, 2) NOT NULL CHECK (hours >= 0),
    online        BOOLEAN       NOT NULL,
    off_job_days  INTEGER       NOT NULL DEFAULT 0,
    completed_on  DATE          NOT NULL,
    provider      TEXT,
    evidence      TEXT,
    entered_by    TEXT          NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0
);
-- compliance sums per cadre over date windows read only this index (index-only scan)
CREATE INDEX training_record_compliance ON training_record (cadre_id, completed_on) INCLUDE (hours, online, off_job_days);

CREATE TABLE training_record_aud (
    id           UUID   NOT NULL,
    rev          BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype      SMALLINT,
    cadre_id     UUID,
    course_id    UUID,
    enrolment_id UUID,
    title        TEXT,
    source       TEXT,
    capabilities TEXT[],
    hours        NUMERIC(7, 2),
    online       BOOLEAN,
    off_job_days INTEGER,
    completed_on DATE,
    provider     TEXT,
    evidence     TEXT,
    entered_by   TEXT,
    PRIMARY KEY (id, rev)
);

-- Targeted training proposed by events: a capability gap, an approved posting, a supervision measure.
CREATE TABLE proposal (
    id              UUID PRIMARY KEY,
    cadre_id        UUID        NOT NULL,
    course_id       UUID REFERENCES course (id),
    reason          TEXT        NOT NULL,
    capability      TEXT,
    detail          TEXT,
    source_event_id UUID        NOT NULL,
    status          TEXT        NOT NULL DEFAULT 'PROPOSED',
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    decided_by      TEXT,
    decided_at      TIMESTAMPTZ,
    version         BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX proposal_cadre ON proposal (cadre_id, status);

-- One early warning per cadre, requirement, period and status: the scheduled run does not repeat itself.
CREATE TABLE shortfall_warning (
    cadre_id    UUID NOT NULL,
    requirement TEXT NOT NULL,
    period      TEXT NOT NULL,
    status      TEXT NOT NULL,
    warned_on   DATE NOT NULL,
    PRIMARY KEY (cadre_id, requirement, period, status)
);
