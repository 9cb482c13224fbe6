-- 基层联系点 and 大调研 (issue 19): each leader's grassroots contact point with the visits recorded there, and the
-- leaders' research reports with their follow-up. Both are evidence of the capability profile (events to assessment).
CREATE TABLE contact_point (
    id          UUID        PRIMARY KEY,
    cadre_id    UUID        NOT NULL,
    unit_id     UUID        NOT NULL,
    place       TEXT        NOT NULL,
    description TEXT,
    since       DATE        NOT NULL,
    ended_on    DATE,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    CHECK (ended_on IS NULL OR ended_on >= since)
);
-- one contact point kept at a time
CREATE UNIQUE INDEX contact_point_current ON contact_point (cadre_id) WHERE ended_on IS NULL;

CREATE TABLE contact_point_aud (
    id          UUID   NOT NULL,
    rev         BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype     SMALLINT,
    cadre_id    UUID,
    unit_id     UUID,
    place       TEXT,
    description TEXT,
    since       DATE,
    ended_on    DATE,
    created_by  TEXT,
    created_at  TIMESTAMPTZ,
    PRIMARY KEY (id, rev)
);

CREATE TABLE contact_visit (
    id               UUID        PRIMARY KEY,
    contact_point_id UUID        NOT NULL REFERENCES contact_point (id),
    visited_on       DATE        NOT NULL,
    learned          TEXT        NOT NULL,
    problems_raised  TEXT,
    problems_solved  INTEGER     NOT NULL CHECK (problems_solved >= 0),
    solutions        TEXT,
    recorded_by      TEXT        NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX contact_visit_point ON contact_visit (contact_point_id, visited_on);

CREATE TABLE research_report (
    id            UUID        PRIMARY KEY,
    cadre_id      UUID        NOT NULL,
    unit_id       UUID        NOT NULL,
    title         TEXT        NOT NULL,
    summary       TEXT        NOT NULL,
    capabilities  TEXT[]      NOT NULL,
    submitted_on  DATE        NOT NULL,
    adopted       BOOLEAN     NOT NULL DEFAULT FALSE,
    decided_by    TEXT,
    decided_at    TIMESTAMPTZ,
    decision_note TEXT,
    filed_by      TEXT        NOT NULL,
    filed_at      TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX research_report_cadre ON research_report (cadre_id, submitted_on);

CREATE TABLE research_report_aud (
    id            UUID   NOT NULL,
    rev           BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype       SMALLINT,
    cadre_id      UUID,
    unit_id       UUID,
    title         TEXT,
    summary       TEXT,
    capabilities  TEXT[],
    submitted_on  DATE,
    adopted       BOOLEAN,
    decided_by    TEXT,
    decided_at    TIMESTAMPTZ,
    decision_note TEXT,
    filed_by      TEXT,
    filed_at      TIMESTAMPTZ,
    PRIMARY KEY (id, rev)
);
