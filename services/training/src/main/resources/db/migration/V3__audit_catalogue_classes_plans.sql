-- Courses, their modules, classes, enrolments, attendance and plans are audited (who changed what, when).
CREATE TABLE course_aud (
    id           UUID   NOT NULL,
    rev          BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype      SMALLINT,
    code         TEXT,
    title        TEXT,
    kind         TEXT,
    capabilities TEXT[],
    credit_hours NUMERIC(7, 2),
    online       BOOLEAN,
    off_job_days INTEGER,
    provider     TEXT,
    description  TEXT,
    active       BOOLEAN,
    PRIMARY KEY (id, rev)
);
CREATE TABLE course_module_aud (
    id        UUID   NOT NULL,
    rev       BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype   SMALLINT,
    course_id UUID,
    position  INTEGER,
    title     TEXT,
    minutes   INTEGER,
    has_test  BOOLEAN,
    PRIMARY KEY (id, rev)
);
CREATE TABLE training_class_aud (
    id             UUID   NOT NULL,
    rev            BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype        SMALLINT,
    course_id      UUID,
    plan_id        UUID,
    unit_id        UUID,
    title          TEXT,
    start_date     DATE,
    end_date       DATE,
    capacity       INTEGER,
    venue          TEXT,
    open_enrolment BOOLEAN,
    status         TEXT,
    PRIMARY KEY (id, rev)
);
CREATE TABLE enrolment_aud (
    id           UUID   NOT NULL,
    rev          BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype      SMALLINT,
    class_id     UUID,
    cadre_id     UUID,
    status       TEXT,
    designated   BOOLEAN,
    enrolled_by  TEXT,
    enrolled_at  TIMESTAMPTZ,
    leave_hours  NUMERIC(7, 2),
    test_score   NUMERIC(5, 2),
    completed_on DATE,
    PRIMARY KEY (id, rev)
);
CREATE TABLE attendance_aud (
    enrolment_id UUID   NOT NULL,
    day          DATE   NOT NULL,
    rev          BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype      SMALLINT,
    present      BOOLEAN,
    leave_hours  NUMERIC(7, 2),
    recorded_by  TEXT,
    PRIMARY KEY (enrolment_id, day, rev)
);
CREATE TABLE training_plan_aud (
    id                     UUID   NOT NULL,
    rev                    BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype                SMALLINT,
    unit_id                UUID,
    year                   INTEGER,
    title                  TEXT,
    target_coverage        NUMERIC(5, 2),
    target_hours_per_cadre NUMERIC(7, 2),
    designated_cadre_ids   UUID[],
    PRIMARY KEY (id, rev)
);
