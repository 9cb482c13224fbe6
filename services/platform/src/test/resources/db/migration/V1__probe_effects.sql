-- Test-only table: one row per applied probe event, to count how often a handler ran.
CREATE TABLE probe_effect (
    event_id UUID NOT NULL,
    note     TEXT NOT NULL
);
CREATE TABLE probe_item (
    id      BIGINT PRIMARY KEY,
    code    TEXT   NOT NULL UNIQUE,
    version BIGINT NOT NULL DEFAULT 0
);
