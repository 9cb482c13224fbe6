-- 理论学习中心组学习: the study sessions of a unit's leadership team (StudySession): the topic, the day, the 学时 of
-- the sitting, who spoke, who of the unit's active cadres attended, the research and exchange materials, and the
-- capabilities studied (StudySessionRules). Learning evidence of each attendee (StudySessionRecorded); audited.
CREATE TABLE study_session (
    id           UUID PRIMARY KEY,
    unit_id      UUID          NOT NULL,
    topic        TEXT          NOT NULL,
    held_on      DATE          NOT NULL,
    hours        NUMERIC(4, 2) NOT NULL CHECK (hours > 0 AND hours <= 8),
    speakers     TEXT[]        NOT NULL DEFAULT '{}',
    attendee_ids UUID[]        NOT NULL CHECK (cardinality(attendee_ids) > 0),
    reports      TEXT[]        NOT NULL DEFAULT '{}',
    capabilities TEXT[]        NOT NULL DEFAULT '{}',
    recorded_by  TEXT          NOT NULL,
    recorded_at  TIMESTAMPTZ   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX study_session_unit ON study_session (unit_id, held_on);
-- a cadre's sessions (the cadre's own list, the cadreId filter): attendee_ids @> ARRAY[cadre]
CREATE INDEX study_session_attendees ON study_session USING gin (attendee_ids);

CREATE TABLE study_session_aud (
    id           UUID   NOT NULL,
    rev          BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype      SMALLINT,
    unit_id      UUID,
    topic        TEXT,
    held_on      DATE,
    hours        NUMERIC(4, 2),
    speakers     TEXT[],
    attendee_ids UUID[],
    reports      TEXT[],
    capabilities TEXT[],
    recorded_by  TEXT,
    recorded_at  TIMESTAMPTZ,
    PRIMARY KEY (id, rev)
);
