-- The leaders' daily work as evidence of the capability profile (issue 19): leadership-team study sessions attended
-- (training's StudySessionRecorded, replaced per session), visits to the grassroots contact point and research
-- reports (rotation's GrassrootsVisitRecorded and ResearchReportFiled, replaced per report).
CREATE TABLE study_evidence (
    session_id   UUID    NOT NULL,
    cadre_id     UUID    NOT NULL,
    topic        TEXT    NOT NULL,
    capabilities TEXT[]  NOT NULL,
    held_on      DATE    NOT NULL,
    PRIMARY KEY (session_id, cadre_id)
);
CREATE INDEX study_evidence_cadre ON study_evidence (cadre_id);

CREATE TABLE visit_evidence (
    visit_id        UUID    PRIMARY KEY,
    cadre_id        UUID    NOT NULL,
    visited_on      DATE    NOT NULL,
    problems_solved INTEGER NOT NULL
);
CREATE INDEX visit_evidence_cadre ON visit_evidence (cadre_id);

CREATE TABLE research_evidence (
    report_id    UUID    PRIMARY KEY,
    cadre_id     UUID    NOT NULL,
    title        TEXT    NOT NULL,
    capabilities TEXT[]  NOT NULL,
    submitted_on DATE    NOT NULL,
    adopted      BOOLEAN NOT NULL
);
CREATE INDEX research_evidence_cadre ON research_evidence (cadre_id);
