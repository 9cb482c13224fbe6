-- Inspection: rounds and their targets, findings, rectification reports, follow-up rechecks, supervision measures.

CREATE TABLE inspection_round (
    id             UUID PRIMARY KEY,
    kind           TEXT        NOT NULL,
    owner_unit_id  UUID        NOT NULL,
    title          TEXT        NOT NULL,
    team_leader    TEXT        NOT NULL,
    team_members   TEXT[]      NOT NULL DEFAULT '{}',
    on_site_start  DATE        NOT NULL,
    on_site_end    DATE        NOT NULL,
    feedback_date  DATE        NOT NULL,
    feedback_on    DATE,
    follow_up_of   UUID REFERENCES inspection_round (id),
    status         TEXT        NOT NULL,
    created_by     TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE inspection_round_aud (
    id             UUID   NOT NULL,
    rev            BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype        SMALLINT,
    kind           TEXT,
    owner_unit_id  UUID,
    title          TEXT,
    team_leader    TEXT,
    team_members   TEXT[],
    on_site_start  DATE,
    on_site_end    DATE,
    feedback_date  DATE,
    feedback_on    DATE,
    follow_up_of   UUID,
    status         TEXT,
    created_by     TEXT,
    created_at     TIMESTAMPTZ,
    PRIMARY KEY (id, rev)
);

CREATE TABLE round_target (
    round_id UUID NOT NULL REFERENCES inspection_round (id),
    unit_id  UUID NOT NULL,
    PRIMARY KEY (round_id, unit_id)
);
CREATE INDEX round_target_unit ON round_target (unit_id);

-- 问题清单: one finding of a round, its rectification deadline and status.
CREATE TABLE finding (
    id                    UUID PRIMARY KEY,
    round_id              UUID        NOT NULL REFERENCES inspection_round (id),
    unit_id               UUID        NOT NULL,
    cadre_ids             UUID[]      NOT NULL DEFAULT '{}',
    category              TEXT        NOT NULL,
    severity              TEXT        NOT NULL,
    capability            TEXT,
    description           TEXT        NOT NULL,
    rectification_owner   TEXT        NOT NULL,
    owner_cadre_id        UUID,
    due_on                DATE        NOT NULL,
    status                TEXT        NOT NULL,
    overdue_reported_for  DATE,
    closed_by             TEXT,
    closed_at             TIMESTAMPTZ,
    conclusion            TEXT,
    recorded_by           TEXT        NOT NULL,
    recorded_at           TIMESTAMPTZ NOT NULL,
    version               BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX finding_round ON finding (round_id);
CREATE INDEX finding_unit ON finding (unit_id, status);
CREATE INDEX finding_due ON finding (status, due_on);

CREATE TABLE finding_aud (
    id                    UUID   NOT NULL,
    rev                   BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype               SMALLINT,
    round_id              UUID,
    unit_id               UUID,
    cadre_ids             UUID[],
    category              TEXT,
    severity              TEXT,
    capability            TEXT,
    description           TEXT,
    rectification_owner   TEXT,
    owner_cadre_id        UUID,
    due_on                DATE,
    status                TEXT,
    overdue_reported_for  DATE,
    closed_by             TEXT,
    closed_at             TIMESTAMPTZ,
    conclusion            TEXT,
    recorded_by           TEXT,
    recorded_at           TIMESTAMPTZ,
    PRIMARY KEY (id, rev)
);

-- Rectification reports filed by the responsible unit (整改报告), with evidence.
CREATE TABLE rectification_report (
    id           UUID PRIMARY KEY,
    finding_id   UUID        NOT NULL REFERENCES finding (id),
    summary      TEXT        NOT NULL,
    measures     TEXT        NOT NULL,
    evidence     TEXT[]      NOT NULL DEFAULT '{}',
    completed_on DATE        NOT NULL,
    filed_by     TEXT        NOT NULL,
    filed_at     TIMESTAMPTZ NOT NULL,
    verdict      TEXT,
    verdict_note TEXT,
    judged_by    TEXT,
    judged_at    TIMESTAMPTZ
);
CREATE INDEX rectification_report_finding ON rectification_report (finding_id, filed_at);

-- 回头看: the closed findings a follow-up round re-checks, and what it found.
CREATE TABLE recheck (
    round_id   UUID        NOT NULL REFERENCES inspection_round (id),
    finding_id UUID        NOT NULL REFERENCES finding (id),
    fixed      BOOLEAN,
    note       TEXT,
    checked_by TEXT,
    checked_at TIMESTAMPTZ,
    PRIMARY KEY (round_id, finding_id)
);

-- Supervision measures of the four forms, restricted (inspectors in scope, leaders, admins, the cadre).
CREATE TABLE measure (
    id              UUID PRIMARY KEY,
    cadre_id        UUID        NOT NULL,
    unit_id         UUID        NOT NULL,
    type            TEXT        NOT NULL,
    form            INTEGER     NOT NULL,
    applied_on      DATE        NOT NULL,
    influence_until DATE        NOT NULL,
    reason          TEXT        NOT NULL,
    finding_id      UUID REFERENCES finding (id),
    status          TEXT        NOT NULL,
    lifted_on       DATE,
    lift_reason     TEXT,
    decided_by      TEXT        NOT NULL,
    decided_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX measure_cadre ON measure (cadre_id);
CREATE INDEX measure_status ON measure (status, influence_until);

CREATE TABLE measure_aud (
    id              UUID   NOT NULL,
    rev             BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype         SMALLINT,
    cadre_id        UUID,
    unit_id         UUID,
    type            TEXT,
    form            INTEGER,
    applied_on      DATE,
    influence_until DATE,
    reason          TEXT,
    finding_id      UUID,
    status          TEXT,
    lifted_on       DATE,
    lift_reason     TEXT,
    decided_by      TEXT,
    decided_at      TIMESTAMPTZ,
    PRIMARY KEY (id, rev)
);
