-- What selection knows of each cadre's practice and training (issue 23), from rotation's and training's events: the
-- postings (type, region, when started and completed, the closing evaluation) give the experience a key post may ask
-- for (依事择人) and fulfil a development plan's posting task; the training completed (its capabilities and day)
-- fulfils a training task. And the experience each key post asks for.
CREATE TABLE posting_view (
    posting_id    UUID    PRIMARY KEY,
    cadre_id      UUID    NOT NULL,
    type          TEXT    NOT NULL,
    region        TEXT,
    started_on    DATE,
    completed_on  DATE,
    evaluation    TEXT,
    cancelled     BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX posting_view_cadre ON posting_view (cadre_id);

CREATE TABLE training_view (
    record_id    UUID   PRIMARY KEY,
    cadre_id     UUID   NOT NULL,
    capabilities TEXT[] NOT NULL,
    completed_on DATE   NOT NULL
);
CREATE INDEX training_view_cadre ON training_view (cadre_id, completed_on);

CREATE TABLE key_post_experience (
    key_post_id UUID NOT NULL REFERENCES key_post (id),
    experience  TEXT NOT NULL CHECK (experience IN ('GRASSROOTS', 'WESTERN_REGION', 'CROSS_REGION_EXCHANGE',
                    'POVERTY_ALLEVIATION')),
    PRIMARY KEY (key_post_id, experience)
);
