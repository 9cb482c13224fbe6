-- Each cadre's 学时 standing for one day, so that a unit's compliance table is counted and paged in SQL instead of
-- summing every record of the subtree on each read (issue 16: 100,000 cadres, 2.5 million records).
--
-- ComplianceStandings computes the rows (HoursCompliance decides, in Java) for "today" and a policy; the triggers
-- below invalidate a cadre's row in the very transaction that changes what it was computed from: the cadre's
-- records, rank or active flag. A row is current only when valid_on is today and policy is the running policy;
-- anything else is recomputed before it is read. `version` guards the refresh against a change that commits while
-- the refresh is summing: the refresh writes a row only if the version it read with the sums is still the row's.
CREATE TABLE compliance_standing (
    cadre_id             UUID PRIMARY KEY,
    version              BIGINT  NOT NULL DEFAULT 0,
    valid_on             DATE,
    policy               TEXT,
    status               TEXT,
    rolling_hours        NUMERIC(9, 2),
    rolling_off_job_days INTEGER,
    year_hours           NUMERIC(9, 2),
    year_off_job_days    INTEGER,
    year_online_hours    NUMERIC(9, 2)
);

-- statement-level, so a bulk insert of records invalidates each of its cadres once; cadres in id order, as the
-- refresh writes them, so the two never wait on each other in a cycle
CREATE FUNCTION compliance_standing_invalidate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO compliance_standing (cadre_id)
        SELECT DISTINCT cadre_id FROM new_records ORDER BY cadre_id
        ON CONFLICT (cadre_id) DO UPDATE SET version = compliance_standing.version + 1, valid_on = NULL;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO compliance_standing (cadre_id)
        SELECT cadre_id FROM (SELECT cadre_id FROM old_records UNION SELECT cadre_id FROM new_records) changed
        ORDER BY cadre_id
        ON CONFLICT (cadre_id) DO UPDATE SET version = compliance_standing.version + 1, valid_on = NULL;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE compliance_standing s SET version = s.version + 1, valid_on = NULL
        WHERE s.cadre_id IN (SELECT cadre_id FROM old_records);
    ELSE -- TRUNCATE (tests and benchmarks)
        UPDATE compliance_standing SET version = version + 1, valid_on = NULL;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER training_record_inserted AFTER INSERT ON training_record
    REFERENCING NEW TABLE AS new_records FOR EACH STATEMENT EXECUTE FUNCTION compliance_standing_invalidate();
CREATE TRIGGER training_record_updated AFTER UPDATE ON training_record
    REFERENCING OLD TABLE AS old_records NEW TABLE AS new_records
    FOR EACH STATEMENT EXECUTE FUNCTION compliance_standing_invalidate();
CREATE TRIGGER training_record_deleted AFTER DELETE ON training_record
    REFERENCING OLD TABLE AS old_records FOR EACH STATEMENT EXECUTE FUNCTION compliance_standing_invalidate();
CREATE TRIGGER training_record_truncated AFTER TRUNCATE ON training_record
    FOR EACH STATEMENT EXECUTE FUNCTION compliance_standing_invalidate();

-- a cadre's rank, the date of it and the active flag are the rest of what a standing is computed from
CREATE FUNCTION compliance_standing_cadre_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE compliance_standing SET version = version + 1, valid_on = NULL WHERE cadre_id = NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER cadre_view_standing AFTER UPDATE ON cadre_view FOR EACH ROW
    WHEN (OLD.rank_level IS DISTINCT FROM NEW.rank_level OR OLD.rank_since IS DISTINCT FROM NEW.rank_since
          OR OLD.active IS DISTINCT FROM NEW.active)
    EXECUTE FUNCTION compliance_standing_cadre_changed();
CREATE TRIGGER cadre_view_truncated AFTER TRUNCATE ON cadre_view
    FOR EACH STATEMENT EXECUTE FUNCTION compliance_standing_invalidate();

-- a unit's compliance table is ordered by employee number and paged
CREATE INDEX cadre_view_employee_number ON cadre_view (employee_number);
