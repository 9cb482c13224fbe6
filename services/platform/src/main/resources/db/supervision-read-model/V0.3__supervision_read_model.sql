-- Local read model of the supervision measures inspection applies (MeasureApplied / MeasureLifted on
-- inspection.supervision): the influence periods every service honours. Services that need them add
-- Flyway location db/supervision-read-model.
CREATE TABLE measure_view (
    measure_id      UUID PRIMARY KEY,
    cadre_id        UUID    NOT NULL,
    form            INTEGER NOT NULL,
    measure         TEXT    NOT NULL,
    applied_on      DATE    NOT NULL,
    influence_until DATE    NOT NULL,
    lifted_on       DATE,
    revoked         BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX measure_view_cadre ON measure_view (cadre_id);
