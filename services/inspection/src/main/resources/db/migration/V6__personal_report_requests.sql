-- Which cadres were asked for which year's personal-matters report (PersonalReportRequested): once per cadre and
-- year, so a daily run during the season asks only those not asked yet (a cadre who joined meanwhile).
CREATE TABLE personal_report_request (
    cadre_id     UUID    NOT NULL,
    year         INTEGER NOT NULL,
    requested_on DATE    NOT NULL,
    PRIMARY KEY (cadre_id, year)
);
