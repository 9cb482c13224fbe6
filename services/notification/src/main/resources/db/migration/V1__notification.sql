-- To-dos and notifications, built from the owners' events (issue 18). Each is addressed either to one cadre
-- (audience_cadre_id: the cadre's own account) or to a role within a unit's reach (audience_role, and the unit's
-- path at the time: HR sees its subtree, leaders and administrators every unit). Titles are rendered when read, in
-- the caller's language, from the kind and its params.

CREATE TABLE todo (
    id                 uuid PRIMARY KEY,
    kind               text        NOT NULL,
    subject_id         uuid        NOT NULL,
    cadre_id           uuid,
    audience_role      text,
    audience_unit_id   uuid,
    audience_unit_path text,
    audience_cadre_id  uuid,
    params             jsonb       NOT NULL DEFAULT '{}',
    link               text        NOT NULL,
    due_on             date,
    status             text        NOT NULL CHECK (status IN ('OPEN', 'DONE', 'WITHDRAWN')),
    created_at         timestamptz NOT NULL,
    closed_at          timestamptz,
    version            bigint      NOT NULL DEFAULT 0,
    -- one to-do per thing to do: the event that opens it twice (a replay) finds it
    UNIQUE (kind, subject_id),
    CHECK (audience_cadre_id IS NOT NULL OR audience_role IS NOT NULL)
);
CREATE INDEX todo_for_role ON todo (audience_role, audience_unit_path text_pattern_ops, status);
CREATE INDEX todo_for_cadre ON todo (audience_cadre_id, status) WHERE audience_cadre_id IS NOT NULL;

CREATE TABLE notification (
    id                 uuid PRIMARY KEY,
    kind               text        NOT NULL,
    subject_id         uuid        NOT NULL,
    cadre_id           uuid,
    audience_role      text,
    audience_unit_id   uuid,
    audience_unit_path text,
    audience_cadre_id  uuid,
    params             jsonb       NOT NULL DEFAULT '{}',
    link               text        NOT NULL,
    created_at         timestamptz NOT NULL,
    CHECK (audience_cadre_id IS NOT NULL OR audience_role IS NOT NULL)
);
CREATE INDEX notification_for_role ON notification (audience_role, audience_unit_path text_pattern_ops, created_at DESC);
CREATE INDEX notification_for_cadre ON notification (audience_cadre_id, created_at DESC) WHERE audience_cadre_id IS NOT NULL;

-- what each user has read: a notification addressed to a role is read by each of its members on their own
CREATE TABLE notification_read (
    notification_id uuid        NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    username        text        NOT NULL,
    read_at         timestamptz NOT NULL,
    PRIMARY KEY (notification_id, username)
);
CREATE INDEX notification_read_by_user ON notification_read (username);
