-- Ballots stay anonymous (no voter), but the account that entered them is kept, and every ballot is audited.
ALTER TABLE ballot ADD COLUMN submitted_by TEXT;
UPDATE ballot SET submitted_by = 'unknown (entered before 2026-12)' WHERE submitted_by IS NULL;
ALTER TABLE ballot ALTER COLUMN submitted_by SET NOT NULL;

CREATE TABLE ballot_aud (
    id                UUID   NOT NULL,
    rev               BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype           SMALLINT,
    review_id         UUID,
    grade             TEXT,
    capability_scores JSONB,
    recorded_at       TIMESTAMPTZ,
    submitted_by      TEXT,
    PRIMARY KEY (id, rev)
);
