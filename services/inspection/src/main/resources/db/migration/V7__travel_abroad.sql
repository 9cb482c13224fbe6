-- 出国（境）管理 (issue 19): the passports the HR offices hold (证照集中保管) and the private trips abroad, approved
-- before travel, the passport issued for the trip and returned within the return period after it.
CREATE TABLE passport (
    id            UUID        PRIMARY KEY,
    cadre_id      UUID        NOT NULL,
    unit_id       UUID        NOT NULL,
    kind          TEXT        NOT NULL CHECK (kind IN ('PASSPORT', 'HONG_KONG_MACAO_PERMIT', 'TAIWAN_PERMIT')),
    number        TEXT        NOT NULL,
    expires_on    DATE        NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('HELD', 'ISSUED', 'CANCELLED')),
    registered_by TEXT        NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL,
    decided_by    TEXT,
    decided_at    TIMESTAMPTZ,
    decision_note TEXT,
    version       BIGINT      NOT NULL DEFAULT 0
);
-- a document number is registered once (a cancelled one may be registered again, e.g. after a mistake)
CREATE UNIQUE INDEX passport_number ON passport (kind, upper(number)) WHERE status <> 'CANCELLED';
CREATE INDEX passport_cadre ON passport (cadre_id);

CREATE TABLE passport_aud (
    id            UUID   NOT NULL,
    rev           BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype       SMALLINT,
    cadre_id      UUID,
    unit_id       UUID,
    kind          TEXT,
    number        TEXT,
    expires_on    DATE,
    status        TEXT,
    registered_by TEXT,
    registered_at TIMESTAMPTZ,
    decided_by    TEXT,
    decided_at    TIMESTAMPTZ,
    decision_note TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE trip_abroad (
    id            UUID        PRIMARY KEY,
    cadre_id      UUID        NOT NULL,
    unit_id       UUID        NOT NULL,
    passport_id   UUID        NOT NULL REFERENCES passport (id),
    destination   TEXT        NOT NULL,
    purpose       TEXT        NOT NULL,
    depart_on     DATE        NOT NULL,
    return_on     DATE        NOT NULL,
    status        TEXT        NOT NULL
                  CHECK (status IN ('REQUESTED', 'APPROVED', 'REFUSED', 'CANCELLED', 'ISSUED', 'RETURNED')),
    requested_by  TEXT        NOT NULL,
    requested_at  TIMESTAMPTZ NOT NULL,
    decided_by    TEXT,
    decided_at    TIMESTAMPTZ,
    decision_note TEXT,
    issued_on     DATE,
    passport_due  DATE,
    returned_on   DATE,
    version       BIGINT      NOT NULL DEFAULT 0,
    CHECK (return_on >= depart_on)
);
CREATE INDEX trip_abroad_cadre ON trip_abroad (cadre_id, depart_on);
CREATE INDEX trip_abroad_out ON trip_abroad (passport_due) WHERE status = 'ISSUED';

CREATE TABLE trip_abroad_aud (
    id            UUID   NOT NULL,
    rev           BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype       SMALLINT,
    cadre_id      UUID,
    unit_id       UUID,
    passport_id   UUID,
    destination   TEXT,
    purpose       TEXT,
    depart_on     DATE,
    return_on     DATE,
    status        TEXT,
    requested_by  TEXT,
    requested_at  TIMESTAMPTZ,
    decided_by    TEXT,
    decided_at    TIMESTAMPTZ,
    decision_note TEXT,
    issued_on     DATE,
    passport_due  DATE,
    returned_on   DATE,
    PRIMARY KEY (id, rev)
);
