-- Personnel: the unit tree and the cadre registry. Names sort by pinyin (ICU zh collation).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE unit (
    id        UUID PRIMARY KEY,
    code      TEXT    NOT NULL UNIQUE,
    name      TEXT    NOT NULL COLLATE "zh-x-icu",
    kind      TEXT    NOT NULL,
    parent_id UUID REFERENCES unit (id),
    -- chain of ids from the root, /root/…/this/, for subtree tests by prefix
    path      TEXT    NOT NULL UNIQUE,
    active    BOOLEAN NOT NULL DEFAULT TRUE,
    version   BIGINT  NOT NULL DEFAULT 0
);
CREATE INDEX unit_parent ON unit (parent_id);
CREATE INDEX unit_path ON unit (path text_pattern_ops);

CREATE TABLE cadre (
    id               UUID PRIMARY KEY,
    employee_number  TEXT        NOT NULL UNIQUE,
    name             TEXT        NOT NULL COLLATE "zh-x-icu",
    gender           TEXT        NOT NULL,
    birth_date       DATE        NOT NULL,
    unit_id          UUID        NOT NULL REFERENCES unit (id),
    position_title   TEXT        NOT NULL,
    rank_level       TEXT        NOT NULL,
    post_since       DATE,
    rank_since       DATE,
    joined_work_on   DATE,
    categories       TEXT[]      NOT NULL DEFAULT '{}',
    political_status TEXT,
    education        TEXT,
    status           TEXT        NOT NULL DEFAULT 'ACTIVE',
    retired_on       DATE,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    version          BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX cadre_unit ON cadre (unit_id);
CREATE INDEX cadre_name_trgm ON cadre USING gin (name gin_trgm_ops);
CREATE INDEX cadre_rank ON cadre (rank_level);
CREATE INDEX cadre_categories ON cadre USING gin (categories);

-- Transfers between units (调动), kept as history.
CREATE TABLE cadre_transfer (
    id                  UUID PRIMARY KEY,
    cadre_id            UUID        NOT NULL REFERENCES cadre (id),
    from_unit_id        UUID        NOT NULL REFERENCES unit (id),
    to_unit_id          UUID        NOT NULL REFERENCES unit (id),
    from_position_title TEXT        NOT NULL,
    to_position_title   TEXT        NOT NULL,
    effective_on        DATE        NOT NULL,
    reason              TEXT,
    recorded_by         TEXT        NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX cadre_transfer_cadre ON cadre_transfer (cadre_id, effective_on);

-- Envers audit tables (suffix _aud): every revision of units and cadres.
CREATE TABLE unit_aud (
    id        UUID     NOT NULL,
    rev       BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype   SMALLINT,
    code      TEXT,
    name      TEXT,
    kind      TEXT,
    parent_id UUID,
    path      TEXT,
    active    BOOLEAN,
    PRIMARY KEY (id, rev)
);

CREATE TABLE cadre_aud (
    id               UUID   NOT NULL,
    rev              BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype          SMALLINT,
    employee_number  TEXT,
    name             TEXT,
    gender           TEXT,
    birth_date       DATE,
    unit_id          UUID,
    position_title   TEXT,
    rank_level       TEXT,
    post_since       DATE,
    rank_since       DATE,
    joined_work_on   DATE,
    categories       TEXT[],
    political_status TEXT,
    education        TEXT,
    status           TEXT,
    retired_on       DATE,
    PRIMARY KEY (id, rev)
);
