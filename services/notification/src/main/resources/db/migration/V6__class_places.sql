-- The cadres' places in training classes (training's ClassPlaceChanged, the latest per enrolment), for their calendar
-- feeds: a class they are enrolled or waitlisted in shows on its days.
CREATE TABLE class_place (
    enrolment_id uuid        PRIMARY KEY,
    class_id     uuid        NOT NULL,
    cadre_id     uuid        NOT NULL,
    title        text        NOT NULL,
    start_date   date        NOT NULL,
    end_date     date        NOT NULL,
    venue        text,
    place        text        NOT NULL CHECK (place IN ('ENROLLED', 'WAITLISTED', 'WITHDRAWN')),
    designated   boolean     NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX class_place_cadre ON class_place (cadre_id, start_date);
