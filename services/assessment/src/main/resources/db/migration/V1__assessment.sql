-- Assessment: cycles, reviews, ballots, grades and consequences; evidence from other services; profiles; gaps.

-- An annual assessment cycle of one unit (年度考核). The 优秀 quota is enforced when it is finalised.
CREATE TABLE cycle (
    id                      UUID PRIMARY KEY,
    unit_id                 UUID        NOT NULL,
    year                    INTEGER     NOT NULL,
    title                   TEXT        NOT NULL,
    status                  TEXT        NOT NULL,
    raised_quota_approved   BOOLEAN     NOT NULL DEFAULT FALSE,
    raised_quota_approver   TEXT,
    raised_quota_approved_at TIMESTAMPTZ,
    raised_quota_reason     TEXT,
    created_at              TIMESTAMPTZ NOT NULL,
    created_by              TEXT        NOT NULL,
    finalized_at            TIMESTAMPTZ,
    finalized_by            TEXT,
    version                 BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (unit_id, year)
);

CREATE TABLE cycle_aud (
    id                      UUID   NOT NULL,
    rev                     BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype                 SMALLINT,
    unit_id                 UUID,
    year                    INTEGER,
    title                   TEXT,
    status                  TEXT,
    raised_quota_approved   BOOLEAN,
    raised_quota_approver   TEXT,
    raised_quota_approved_at TIMESTAMPTZ,
    raised_quota_reason     TEXT,
    created_at              TIMESTAMPTZ,
    created_by              TEXT,
    finalized_at            TIMESTAMPTZ,
    finalized_by            TEXT,
    PRIMARY KEY (id, rev)
);

-- One review per cadre and cycle: self-report, superior rating, dimension and capability scores, grades.
CREATE TABLE review (
    id                  UUID PRIMARY KEY,
    cycle_id            UUID        NOT NULL REFERENCES cycle (id),
    cadre_id            UUID        NOT NULL,
    year                INTEGER     NOT NULL,
    self_report         TEXT,
    self_reported_at    TIMESTAMPTZ,
    superior_grade      TEXT,
    superior_comment    TEXT,
    rated_by            TEXT,
    performance_score   INTEGER,
    style_score         INTEGER,
    conduct_score       INTEGER,
    capability_scores   JSONB       NOT NULL DEFAULT '{}',
    proposed_grade      TEXT,
    final_grade         TEXT,
    final_capability_scores JSONB,
    status              TEXT        NOT NULL,
    version             BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (cycle_id, cadre_id)
);
CREATE INDEX review_cadre ON review (cadre_id, year);

CREATE TABLE review_aud (
    id                  UUID   NOT NULL,
    rev                 BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype             SMALLINT,
    cycle_id            UUID,
    cadre_id            UUID,
    year                INTEGER,
    self_report         TEXT,
    self_reported_at    TIMESTAMPTZ,
    superior_grade      TEXT,
    superior_comment    TEXT,
    rated_by            TEXT,
    performance_score   INTEGER,
    style_score         INTEGER,
    conduct_score       INTEGER,
    capability_scores   JSONB,
    proposed_grade      TEXT,
    final_grade         TEXT,
    final_capability_scores JSONB,
    status              TEXT,
    PRIMARY KEY (id, rev)
);

-- Democratic evaluation (民主测评): anonymous ballots, no voter is stored.
CREATE TABLE ballot (
    id                UUID PRIMARY KEY,
    review_id         UUID        NOT NULL REFERENCES review (id),
    grade             TEXT        NOT NULL,
    capability_scores JSONB       NOT NULL DEFAULT '{}',
    recorded_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX ballot_review ON ballot (review_id);

-- Final grades per cadre and year (from finalised reviews, or earlier years' records).
CREATE TABLE grade_record (
    cadre_id  UUID    NOT NULL,
    year      INTEGER NOT NULL,
    grade     TEXT    NOT NULL,
    review_id UUID,
    PRIMARY KEY (cadre_id, year)
);

-- Statutory consequences recorded when a grade is final.
CREATE TABLE consequence (
    id         UUID PRIMARY KEY,
    review_id  UUID        NOT NULL REFERENCES review (id),
    cadre_id   UUID        NOT NULL,
    year       INTEGER     NOT NULL,
    kind       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (review_id, kind)
);
CREATE INDEX consequence_cadre ON consequence (cadre_id);

-- Evidence from the other services' events (supervision measures: the platform's measure_view) (one row per aggregate, replaced when it changes).
CREATE TABLE training_evidence (
    record_id    UUID PRIMARY KEY,
    cadre_id     UUID          NOT NULL,
    title        TEXT          NOT NULL,
    capabilities TEXT[]        NOT NULL,
    hours        NUMERIC(7, 2) NOT NULL,
    completed_on DATE          NOT NULL
);
CREATE INDEX training_evidence_cadre ON training_evidence (cadre_id);

CREATE TABLE posting_evidence (
    posting_id   UUID PRIMARY KEY,
    cadre_id     UUID   NOT NULL,
    type         TEXT   NOT NULL,
    capabilities TEXT[] NOT NULL,
    evaluation   TEXT   NOT NULL,
    completed_on DATE   NOT NULL
);
CREATE INDEX posting_evidence_cadre ON posting_evidence (cadre_id);

CREATE TABLE finding_evidence (
    finding_id  UUID NOT NULL,
    cadre_id    UUID NOT NULL,
    category    TEXT NOT NULL,
    capability  TEXT NOT NULL,
    severity    TEXT NOT NULL,
    recorded_on DATE NOT NULL,
    PRIMARY KEY (finding_id, cadre_id)
);
CREATE INDEX finding_evidence_cadre ON finding_evidence (cadre_id);

-- The current capability profile (recomputed when a cadre's evidence changes) and its per-cycle history.
CREATE TABLE capability_score (
    cadre_id    UUID        NOT NULL,
    capability  TEXT        NOT NULL,
    score       INTEGER     NOT NULL,
    components  JSONB       NOT NULL,
    computed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cadre_id, capability)
);
CREATE INDEX capability_score_capability ON capability_score (capability, score);

CREATE TABLE profile_snapshot (
    cadre_id   UUID    NOT NULL,
    year       INTEGER NOT NULL,
    capability TEXT    NOT NULL,
    score      INTEGER NOT NULL,
    components JSONB   NOT NULL,
    PRIMARY KEY (cadre_id, year, capability)
);

-- Capability gaps (能力短板): open until the score recovers.
CREATE TABLE gap (
    id           UUID PRIMARY KEY,
    cadre_id     UUID        NOT NULL,
    unit_id      UUID        NOT NULL,
    capability   TEXT        NOT NULL,
    reason       TEXT        NOT NULL,
    score        INTEGER     NOT NULL,
    threshold    INTEGER     NOT NULL,
    explanation  TEXT        NOT NULL,
    cycle_year   INTEGER     NOT NULL,
    status       TEXT        NOT NULL,
    opened_at    TIMESTAMPTZ NOT NULL,
    closed_at    TIMESTAMPTZ,
    closed_score INTEGER
);
CREATE UNIQUE INDEX gap_open ON gap (cadre_id, capability) WHERE status = 'OPEN';
CREATE INDEX gap_unit ON gap (unit_id, status);
