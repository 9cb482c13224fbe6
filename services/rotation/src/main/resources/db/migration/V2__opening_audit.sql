-- Openings are audited (who opened, changed or closed one, when).
CREATE TABLE opening_aud (
    id                UUID   NOT NULL,
    rev               BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype           SMALLINT,
    unit_id           UUID,
    type              TEXT,
    host_unit_id      UUID,
    host_organisation TEXT,
    region            TEXT,
    capabilities      TEXT[],
    planned_start     DATE,
    planned_end       DATE,
    places            INTEGER,
    description       TEXT,
    status            TEXT,
    created_by        TEXT,
    created_at        TIMESTAMPTZ,
    PRIMARY KEY (id, rev)
);
