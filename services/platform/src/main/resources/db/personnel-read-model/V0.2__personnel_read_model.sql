-- Local read model of the personnel service's units and cadres, fed by personnel.cadres (compacted).
-- Services that scope data by unit add Flyway location db/personnel-read-model.
CREATE TABLE unit_view (
    id        UUID PRIMARY KEY,
    code      TEXT    NOT NULL,
    name      TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    parent_id UUID,
    path      TEXT    NOT NULL,
    active    BOOLEAN NOT NULL
);
CREATE INDEX unit_view_path ON unit_view (path text_pattern_ops);

CREATE TABLE cadre_view (
    id              UUID PRIMARY KEY,
    employee_number TEXT    NOT NULL,
    name            TEXT    NOT NULL COLLATE "zh-x-icu",
    unit_id         UUID    NOT NULL,
    position_title  TEXT    NOT NULL,
    rank_level      TEXT    NOT NULL,
    rank_since      DATE,
    post_since      DATE,
    categories      TEXT[]  NOT NULL DEFAULT '{}',
    active          BOOLEAN NOT NULL
);
CREATE INDEX cadre_view_unit ON cadre_view (unit_id);
