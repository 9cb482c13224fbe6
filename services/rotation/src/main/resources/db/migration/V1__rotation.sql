-- Rotation: practice postings, care check-ins, openings, gap proposals; read models of grades and gaps.

CREATE TABLE posting (
    id                 UUID PRIMARY KEY,
    cadre_id           UUID        NOT NULL,
    home_unit_id       UUID        NOT NULL,
    home_region        TEXT,
    type               TEXT        NOT NULL,
    host_unit_id       UUID,
    host_organisation  TEXT        NOT NULL,
    region             TEXT,
    cross_department   BOOLEAN     NOT NULL DEFAULT FALSE,
    purpose            TEXT,
    planned_start      DATE        NOT NULL,
    planned_end        DATE        NOT NULL,
    started_on         DATE,
    ended_on           DATE,
    status             TEXT        NOT NULL,
    proposed_by        TEXT        NOT NULL,
    proposed_at        TIMESTAMPTZ NOT NULL,
    approved_by        TEXT,
    approved_at        TIMESTAMPTZ,
    cancelled_by       TEXT,
    cancelled_at       TIMESTAMPTZ,
    cancel_reason      TEXT,
    evaluation         TEXT,
    capabilities_exercised TEXT[] NOT NULL DEFAULT '{}',
    evaluation_remarks TEXT,
    evaluated_by       TEXT,
    opening_id         UUID,
    proposal_id        UUID,
    version            BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX posting_cadre ON posting (cadre_id, status);
CREATE INDEX posting_status ON posting (status, planned_start);

CREATE TABLE posting_aud (
    id                 UUID   NOT NULL,
    rev                BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype            SMALLINT,
    cadre_id           UUID,
    home_unit_id       UUID,
    home_region        TEXT,
    type               TEXT,
    host_unit_id       UUID,
    host_organisation  TEXT,
    region             TEXT,
    cross_department   BOOLEAN,
    purpose            TEXT,
    planned_start      DATE,
    planned_end        DATE,
    started_on         DATE,
    ended_on           DATE,
    status             TEXT,
    proposed_by        TEXT,
    proposed_at        TIMESTAMPTZ,
    approved_by        TEXT,
    approved_at        TIMESTAMPTZ,
    cancelled_by       TEXT,
    cancelled_at       TIMESTAMPTZ,
    cancel_reason      TEXT,
    evaluation         TEXT,
    capabilities_exercised TEXT[],
    evaluation_remarks TEXT,
    evaluated_by       TEXT,
    opening_id         UUID,
    proposal_id        UUID,
    PRIMARY KEY (id, rev)
);

-- Care during a posting (人文关怀): HR's periodic check-ins.
CREATE TABLE check_in (
    id          UUID PRIMARY KEY,
    posting_id  UUID        NOT NULL REFERENCES posting (id),
    held_on     DATE        NOT NULL,
    method      TEXT        NOT NULL,
    notes       TEXT        NOT NULL,
    concerns    TEXT,
    recorded_by TEXT        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX check_in_posting ON check_in (posting_id, held_on);

-- An open posting (a place a host offers) that candidates are ranked for.
CREATE TABLE opening (
    id                UUID PRIMARY KEY,
    unit_id           UUID        NOT NULL,
    type              TEXT        NOT NULL,
    host_unit_id      UUID,
    host_organisation TEXT        NOT NULL,
    region            TEXT,
    capabilities      TEXT[]      NOT NULL DEFAULT '{}',
    planned_start     DATE        NOT NULL,
    planned_end       DATE        NOT NULL,
    places            INTEGER     NOT NULL,
    description       TEXT,
    status            TEXT        NOT NULL,
    created_by        TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0
);

-- A gap that practice builds proposes posting types and host units for the cadre.
CREATE TABLE posting_proposal (
    id              UUID PRIMARY KEY,
    cadre_id        UUID        NOT NULL,
    gap_id          UUID        NOT NULL,
    capability      TEXT        NOT NULL,
    score           INTEGER     NOT NULL,
    threshold       INTEGER     NOT NULL,
    posting_types   TEXT[]      NOT NULL,
    host_unit_ids   UUID[]      NOT NULL DEFAULT '{}',
    status          TEXT        NOT NULL,
    source_event_id UUID        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    decided_by      TEXT,
    decided_at      TIMESTAMPTZ,
    posting_id      UUID,
    version         BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX posting_proposal_cadre ON posting_proposal (cadre_id, status);
CREATE UNIQUE INDEX posting_proposal_gap ON posting_proposal (gap_id);

-- Read models from assessment.results: the last grades and the open capability gaps.
CREATE TABLE grade_view (
    cadre_id UUID    NOT NULL,
    year     INTEGER NOT NULL,
    grade    TEXT    NOT NULL,
    PRIMARY KEY (cadre_id, year)
);

CREATE TABLE gap_view (
    gap_id     UUID PRIMARY KEY,
    cadre_id   UUID    NOT NULL,
    capability TEXT    NOT NULL,
    score      INTEGER NOT NULL,
    threshold  INTEGER NOT NULL,
    open       BOOLEAN NOT NULL
);
CREATE INDEX gap_view_cadre ON gap_view (cadre_id) WHERE open;
