-- Rectification reports and their verdicts are audited.
CREATE TABLE rectification_report_aud (
    id           UUID   NOT NULL,
    rev          BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype      SMALLINT,
    finding_id   UUID,
    summary      TEXT,
    measures     TEXT,
    evidence     TEXT[],
    completed_on DATE,
    filed_by     TEXT,
    filed_at     TIMESTAMPTZ,
    verdict      TEXT,
    verdict_note TEXT,
    judged_by    TEXT,
    judged_at    TIMESTAMPTZ,
    PRIMARY KEY (id, rev)
);

-- Every read of restricted supervision detail (a measure's type, form, dates, reason): who, when, which cadre.
CREATE TABLE measure_read (
    id         BIGSERIAL PRIMARY KEY,
    read_at    TIMESTAMPTZ NOT NULL,
    reader     TEXT        NOT NULL,
    roles      TEXT        NOT NULL,
    cadre_id   UUID,
    measure_id UUID,
    what       TEXT        NOT NULL,
    request_id TEXT
);
CREATE INDEX measure_read_cadre ON measure_read (cadre_id, read_at DESC);
CREATE INDEX measure_read_at ON measure_read (read_at DESC);
