-- Self-reported 学时 (DOMAIN.md "Training": external hours count once HR has accepted their evidence): pending,
-- accepted (then a training_record counts them) or rejected with the reason; audited.
CREATE TABLE hours_claim (
    id            UUID PRIMARY KEY,
    cadre_id      UUID          NOT NULL,
    title         TEXT          NOT NULL,
    capabilities  TEXT[]        NOT NULL DEFAULT '{}',
    hours         NUMERIC(7, 2) NOT NULL CHECK (hours > 0),
    online        BOOLEAN       NOT NULL,
    off_job_days  INTEGER       NOT NULL DEFAULT 0,
    completed_on  DATE          NOT NULL,
    provider      TEXT,
    evidence      TEXT          NOT NULL,
    status        TEXT          NOT NULL,
    submitted_by  TEXT          NOT NULL,
    submitted_at  TIMESTAMPTZ   NOT NULL,
    decided_by    TEXT,
    decided_at    TIMESTAMPTZ,
    decision_note TEXT,
    record_id     UUID REFERENCES training_record (id),
    version       BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX hours_claim_cadre ON hours_claim (cadre_id, submitted_at);
CREATE INDEX hours_claim_pending ON hours_claim (submitted_at) WHERE status = 'PENDING';

CREATE TABLE hours_claim_aud (
    id            UUID   NOT NULL,
    rev           BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype       SMALLINT,
    cadre_id      UUID,
    title         TEXT,
    capabilities  TEXT[],
    hours         NUMERIC(7, 2),
    online        BOOLEAN,
    off_job_days  INTEGER,
    completed_on  DATE,
    provider      TEXT,
    evidence      TEXT,
    status        TEXT,
    submitted_by  TEXT,
    submitted_at  TIMESTAMPTZ,
    decided_by    TEXT,
    decided_at    TIMESTAMPTZ,
    decision_note TEXT,
    record_id     UUID,
    PRIMARY KEY (id, rev)
);
