-- Succession (issue 23): the capability scores assessment announces (CapabilityProfileChanged), the key posts of a
-- unit with what they ask (the step, the minimum score per capability), and each post's named successors, whose
-- readiness is worked out when read (Readiness) from the scores, the eligibility and the years in post.
CREATE TABLE capability_view (
    cadre_id    UUID    NOT NULL,
    capability  TEXT    NOT NULL,
    score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    computed_on DATE    NOT NULL,
    PRIMARY KEY (cadre_id, capability)
);

CREATE TABLE key_post (
    id          UUID        PRIMARY KEY,
    unit_id     UUID        NOT NULL,
    title       TEXT        NOT NULL,
    level       TEXT        NOT NULL CHECK (level IN ('BUREAU_PRINCIPAL', 'BUREAU_DEPUTY', 'DIVISION_PRINCIPAL',
                                'DIVISION_DEPUTY', 'SECTION_PRINCIPAL', 'SECTION_DEPUTY')),
    description TEXT,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX key_post_unit ON key_post (unit_id, created_at DESC);

CREATE TABLE key_post_minimum (
    key_post_id UUID    NOT NULL REFERENCES key_post (id),
    capability  TEXT    NOT NULL,
    minimum     INTEGER NOT NULL CHECK (minimum BETWEEN 0 AND 100),
    PRIMARY KEY (key_post_id, capability)
);

CREATE TABLE successor (
    id            UUID        PRIMARY KEY,
    key_post_id   UUID        NOT NULL REFERENCES key_post (id),
    cadre_id      UUID        NOT NULL,
    active        BOOLEAN     NOT NULL,
    note          TEXT,
    added_by      TEXT        NOT NULL,
    added_at      TIMESTAMPTZ NOT NULL,
    decided_by    TEXT,
    decided_at    TIMESTAMPTZ,
    decision_note TEXT,
    version       BIGINT      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX successor_live ON successor (key_post_id, cadre_id) WHERE active;
CREATE INDEX successor_cadre ON successor (cadre_id);
