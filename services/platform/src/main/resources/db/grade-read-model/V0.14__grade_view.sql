-- The finalised annual grades as assessment.results reports them (ReviewFinalized), for the services that decide
-- eligibility (CandidateStandings). Selection takes it from this location; rotation, which had the same table in its
-- own first migration before it was shared, keeps that one (the location is not in its list).
CREATE TABLE IF NOT EXISTS grade_view (
    cadre_id UUID    NOT NULL,
    year     INTEGER NOT NULL,
    grade    TEXT    NOT NULL,
    PRIMARY KEY (cadre_id, year)
);
