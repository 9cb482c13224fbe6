-- Reserve pools (后备干部库, 优秀年轻干部库, issue 23): a unit's pool for posts of one level with its entry rules (an age
-- limit, how many recent years of annual results count), and its members: nominated with a reason, admitted or
-- declined by HR of the pool's unit with a note, and later taken out with a reason. Each decision keeps who and when.
CREATE TABLE reserve_pool (
    id          UUID        PRIMARY KEY,
    unit_id     UUID        NOT NULL,
    name        TEXT        NOT NULL,
    level       TEXT        NOT NULL CHECK (level IN ('BUREAU_PRINCIPAL', 'BUREAU_DEPUTY', 'DIVISION_PRINCIPAL',
                                'DIVISION_DEPUTY', 'SECTION_PRINCIPAL', 'SECTION_DEPUTY')),
    max_age     INTEGER     CHECK (max_age BETWEEN 18 AND 65),
    grade_years INTEGER     NOT NULL CHECK (grade_years BETWEEN 1 AND 5),
    description TEXT,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX reserve_pool_unit ON reserve_pool (unit_id, created_at DESC);

CREATE TABLE pool_member (
    id                UUID        PRIMARY KEY,
    pool_id           UUID        NOT NULL REFERENCES reserve_pool (id),
    cadre_id          UUID        NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('NOMINATED', 'ADMITTED', 'DECLINED', 'LEFT')),
    nomination_reason TEXT        NOT NULL,
    nominated_by      TEXT        NOT NULL,
    nominated_at      TIMESTAMPTZ NOT NULL,
    decided_by        TEXT,
    decided_at        TIMESTAMPTZ,
    decision_note     TEXT,
    left_by           TEXT,
    left_at           TIMESTAMPTZ,
    left_reason       TEXT,
    version           BIGINT      NOT NULL DEFAULT 0
);
-- one live membership (nominated or admitted) of a cadre in a pool; declined and past ones stay as history
CREATE UNIQUE INDEX pool_member_live ON pool_member (pool_id, cadre_id) WHERE status IN ('NOMINATED', 'ADMITTED');
CREATE INDEX pool_member_pool ON pool_member (pool_id, status);
CREATE INDEX pool_member_cadre ON pool_member (cadre_id);
