-- Development plans (培养计划, issue 23): the tasks HR sets an admitted member of a reserve pool — training that builds
-- a capability (training proposes its courses) or a posting to serve (rotation proposes one) — each due by a day,
-- and withdrawn with a reason when no longer wanted. Who set and who withdrew each, and when, stay on the row.
CREATE TABLE development_task (
    id            UUID        PRIMARY KEY,
    member_id     UUID        NOT NULL REFERENCES pool_member (id),
    cadre_id      UUID        NOT NULL,
    kind          TEXT        NOT NULL CHECK (kind IN ('TRAINING', 'POSTING')),
    capability    TEXT        NOT NULL CHECK (capability IN ('LEARNING', 'POLITICAL_LEADERSHIP', 'REFORM_INNOVATION',
                                  'SCIENTIFIC_DEVELOPMENT', 'LAW_BASED_GOVERNANCE', 'MASS_WORK', 'IMPLEMENTATION',
                                  'RISK_MANAGEMENT')),
    due_on        DATE        NOT NULL,
    note          TEXT,
    status        TEXT        NOT NULL CHECK (status IN ('ASSIGNED', 'WITHDRAWN')),
    assigned_by   TEXT        NOT NULL,
    assigned_at   TIMESTAMPTZ NOT NULL,
    assigned_on   DATE        NOT NULL,
    decided_by    TEXT,
    decided_at    TIMESTAMPTZ,
    decision_note TEXT,
    version       BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX development_task_member ON development_task (member_id, due_on);
