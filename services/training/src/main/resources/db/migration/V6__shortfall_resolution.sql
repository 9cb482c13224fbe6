-- A requirement met after its warnings (EarlyWarning): HoursRequirementMet once per cadre, requirement and period,
-- which closes the cadre's to-do in the notification service.
CREATE TABLE shortfall_resolution (
    cadre_id    UUID NOT NULL,
    requirement TEXT NOT NULL,
    period      TEXT NOT NULL,
    met_on      DATE NOT NULL,
    PRIMARY KEY (cadre_id, requirement, period)
);
