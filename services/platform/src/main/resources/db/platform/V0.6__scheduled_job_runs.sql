-- Every run of a job that must run once per schedule across the service's replicas (platform/jobs/JobRuns): which
-- job, the fire time it ran for, on which instance, how it ended. Two rows for one job and fire time would be a
-- double run; the reliability test counts them.
CREATE TABLE scheduled_job_run (
    id            bigserial PRIMARY KEY,
    job           text        NOT NULL,
    scheduled_for timestamptz NOT NULL,
    instance      text        NOT NULL,
    finished_at   timestamptz NOT NULL DEFAULT now(),
    succeeded     boolean     NOT NULL,
    error         text
);
CREATE INDEX scheduled_job_run_job ON scheduled_job_run (job, scheduled_for);
