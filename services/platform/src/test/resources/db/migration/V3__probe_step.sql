-- what the probe consumer's step before the commit saw: the events of its transaction whose note starts with "step"
CREATE TABLE probe_step (
    id     BIGSERIAL PRIMARY KEY,
    events UUID[] NOT NULL
);
