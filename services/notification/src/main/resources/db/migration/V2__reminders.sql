-- The reminders sent for to-dos with a due date (issue 18): one per to-do and offset, whichever instance's job sends
-- it and however often it runs (the primary key refuses a second).
CREATE TABLE reminder_sent (
    todo_id     uuid    NOT NULL REFERENCES todo (id) ON DELETE CASCADE,
    offset_days integer NOT NULL CHECK (offset_days >= 0),
    sent_on     date    NOT NULL,
    PRIMARY KEY (todo_id, offset_days)
);
CREATE INDEX todo_open_due ON todo (due_on) WHERE status = 'OPEN' AND due_on IS NOT NULL;
