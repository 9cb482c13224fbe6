-- What each demo-data loader did on this database (platform DemoLoader): loaded, or found data there already.
-- ./benling waits for these rows before running its scenarios against a freshly started stack.
CREATE TABLE demo_data_load (
    loader      TEXT        PRIMARY KEY,
    outcome     TEXT        NOT NULL,
    finished_at TIMESTAMPTZ NOT NULL
);
