-- Preferences and e-mail (issue 18). Each user chooses per kind of notification how it reaches them: in the web app
-- only, also by e-mail, in a daily digest e-mail, or not at all; and the language of their e-mail.
CREATE TABLE preferences (
    username   text        PRIMARY KEY,
    language   text        NOT NULL CHECK (language IN ('zh', 'en')),
    -- kind → IN_APP | EMAIL | DIGEST | OFF; a kind not named here has its default (NoticeKind)
    channels   jsonb       NOT NULL DEFAULT '{}',
    updated_at timestamptz NOT NULL,
    version    bigint      NOT NULL DEFAULT 0
);

-- When a notification's people were found and its mails queued (MailDispatch). Those from before e-mail existed
-- are not mailed now.
ALTER TABLE notification ADD COLUMN dispatched_at timestamptz;
UPDATE notification SET dispatched_at = created_at;
CREATE INDEX notification_to_dispatch ON notification (created_at) WHERE dispatched_at IS NULL;

-- Mails to send, kept until sent: a failure leaves the mail for a later attempt (MailSender). One per notification
-- and person, one digest per person and day.
CREATE TABLE mail (
    id              uuid        PRIMARY KEY,
    notification_id uuid        REFERENCES notification (id) ON DELETE CASCADE,
    digest_day      date,
    username        text        NOT NULL,
    address         text        NOT NULL,
    subject         text        NOT NULL,
    body            text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    version         bigint      NOT NULL DEFAULT 0,
    UNIQUE (notification_id, username),
    UNIQUE (username, digest_day),
    CHECK (notification_id IS NOT NULL OR digest_day IS NOT NULL)
);
CREATE INDEX mail_pending ON mail (next_attempt_at) WHERE status = 'PENDING';

-- Notifications a person takes in the daily digest, until it is written (digested_on).
CREATE TABLE digest_item (
    notification_id uuid NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    username        text NOT NULL,
    address         text NOT NULL,
    digested_on     date,
    PRIMARY KEY (notification_id, username)
);
CREATE INDEX digest_item_waiting ON digest_item (username) WHERE digested_on IS NULL;
