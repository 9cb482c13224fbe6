-- Every replay of a dead-lettered event (platform inbox/DeadLetters): which record, for which consumer, by whom, with
-- what outcome. The inbox itself makes a replay idempotent (the event id); this is the operators' record of it.
CREATE TABLE dead_letter_replay (
    id           BIGSERIAL PRIMARY KEY,
    dlq_topic    TEXT        NOT NULL,
    dlq_partition INTEGER    NOT NULL,
    dlq_offset   BIGINT      NOT NULL,
    consumer     TEXT,
    event_id     TEXT,
    outcome      TEXT        NOT NULL,
    detail       TEXT,
    replayed_by  TEXT        NOT NULL,
    replayed_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX dead_letter_replay_record ON dead_letter_replay (dlq_topic, dlq_partition, dlq_offset);
