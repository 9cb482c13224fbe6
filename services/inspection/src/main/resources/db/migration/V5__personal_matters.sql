-- 个人有关事项报告 (issue 19): the cadres' yearly and change reports, the yearly random spot-check draws as published
-- (seed, ordered list, digest, sample) and the checks with their results.
CREATE TABLE personal_report (
    id          UUID        PRIMARY KEY,
    cadre_id    UUID        NOT NULL,
    unit_id     UUID        NOT NULL,
    year        INTEGER     NOT NULL,
    kind        TEXT        NOT NULL CHECK (kind IN ('ANNUAL', 'CHANGE')),
    change_kind TEXT        CHECK (change_kind IN ('MARRIAGE', 'FAMILY_ABROAD')),
    changed_on  DATE,
    due_on      DATE        NOT NULL,
    content     JSONB       NOT NULL,
    filed_on    DATE        NOT NULL,
    filed_at    TIMESTAMPTZ NOT NULL,
    filed_by    TEXT        NOT NULL,
    checked_at  TIMESTAMPTZ,
    version     BIGINT      NOT NULL DEFAULT 0,
    CHECK ((kind = 'CHANGE') = (change_kind IS NOT NULL AND changed_on IS NOT NULL))
);
-- one yearly report a cadre and year
CREATE UNIQUE INDEX personal_report_annual ON personal_report (cadre_id, year) WHERE kind = 'ANNUAL';
CREATE INDEX personal_report_year ON personal_report (year, kind);

CREATE TABLE personal_report_aud (
    id          UUID   NOT NULL,
    rev         BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype     SMALLINT,
    cadre_id    UUID,
    unit_id     UUID,
    year        INTEGER,
    kind        TEXT,
    change_kind TEXT,
    changed_on  DATE,
    due_on      DATE,
    content     JSONB,
    filed_on    DATE,
    filed_at    TIMESTAMPTZ,
    filed_by    TEXT,
    checked_at  TIMESTAMPTZ,
    PRIMARY KEY (id, rev)
);

CREATE TABLE spot_check_draw (
    id          UUID          PRIMARY KEY,
    year        INTEGER       NOT NULL,
    unit_id     UUID          NOT NULL,
    seed        TEXT          NOT NULL,
    list_digest TEXT          NOT NULL,
    reporters   UUID[]        NOT NULL,
    sample      UUID[]        NOT NULL,
    rate        NUMERIC(4, 3) NOT NULL,
    drawn_by    TEXT          NOT NULL,
    drawn_at    TIMESTAMPTZ   NOT NULL,
    UNIQUE (year, unit_id)
);

CREATE TABLE spot_check (
    id           UUID        PRIMARY KEY,
    draw_id      UUID        REFERENCES spot_check_draw (id),
    cadre_id     UUID        NOT NULL,
    unit_id      UUID        NOT NULL,
    year         INTEGER     NOT NULL,
    report_id    UUID        REFERENCES personal_report (id),
    reason       TEXT        NOT NULL CHECK (reason IN ('RANDOM', 'PROMOTION')),
    status       TEXT        NOT NULL CHECK (status IN ('OPEN', 'CONCLUDED')),
    result       TEXT        CHECK (result IN ('TRUTHFUL', 'OMISSION', 'CONCEALMENT')),
    measure_id   UUID        REFERENCES measure (id),
    note         TEXT,
    opened_by    TEXT        NOT NULL,
    opened_at    TIMESTAMPTZ NOT NULL,
    concluded_by TEXT,
    concluded_at TIMESTAMPTZ,
    version      BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (draw_id, cadre_id)
);
CREATE INDEX spot_check_year ON spot_check (year, status);
-- one open mandatory check (提拔必查) a cadre at a time
CREATE UNIQUE INDEX spot_check_promotion_open ON spot_check (cadre_id) WHERE reason = 'PROMOTION' AND status = 'OPEN';

CREATE TABLE spot_check_aud (
    id           UUID   NOT NULL,
    rev          BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype      SMALLINT,
    draw_id      UUID,
    cadre_id     UUID,
    unit_id      UUID,
    year         INTEGER,
    report_id    UUID,
    reason       TEXT,
    status       TEXT,
    result       TEXT,
    measure_id   UUID,
    note         TEXT,
    opened_by    TEXT,
    opened_at    TIMESTAMPTZ,
    concluded_by TEXT,
    concluded_at TIMESTAMPTZ,
    PRIMARY KEY (id, rev)
);
