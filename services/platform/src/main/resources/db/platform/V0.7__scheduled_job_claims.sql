-- One claim per job and fire time (platform/jobs/OncePerFireTime): the instance that inserts it runs the job, any
-- other that fires the same time skips it. Quartz, clustered, already fires a trigger once; this holds also in the
-- moment an instance starts and replaces the job's trigger while another has it in hand (seen by the replica test).
CREATE TABLE scheduled_job_claim (
    job           text        NOT NULL,
    scheduled_for timestamptz NOT NULL,
    instance      text        NOT NULL,
    claimed_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job, scheduled_for)
);
