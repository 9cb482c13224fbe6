-- Platform tables every service migrates (Flyway location db/platform); service migrations start at V1.

-- Transactional outbox: written in the same transaction as the state change, published by OutboxRelay.
CREATE TABLE outbox_event (
    id              BIGSERIAL PRIMARY KEY,
    event_id        UUID        NOT NULL UNIQUE,
    topic           TEXT        NOT NULL,
    record_key      TEXT        NOT NULL,
    event_type      TEXT        NOT NULL,
    payload         TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error      TEXT,
    sent_at         TIMESTAMPTZ
);
CREATE INDEX outbox_event_pending ON outbox_event (id) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_pending_key ON outbox_event (record_key, id) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_sent_at ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;

-- Idempotent inbox: the ids of events a consumer has applied, written with the effect.
CREATE TABLE inbox_event (
    consumer     TEXT        NOT NULL,
    event_id     UUID        NOT NULL,
    event_type   TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Audit revisions (Hibernate Envers): who changed audited entities, when, under which request.
CREATE SEQUENCE audit_revision_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE audit_revision (
    id         BIGINT PRIMARY KEY,
    at_millis  BIGINT      NOT NULL,
    actor      TEXT        NOT NULL,
    request_id TEXT
);

-- Client-supplied Idempotency-Key of POSTs that create things: a retry returns the first result.
CREATE TABLE idempotency_key (
    caller      TEXT        NOT NULL,
    key         TEXT        NOT NULL,
    operation   TEXT        NOT NULL,
    resource_id TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, key)
);
