-- How many active cadres of each rank hold each score of each capability: the peers' medians (GapRule, a profile's
-- comparison with its rank) are read from these at most 4 × 8 × 101 rows instead of every score of the rank, which
-- at 100,000 cadres was a scan of 200,000 scores for each batch of evidence (issue 16).
--
-- Kept by the triggers below in the transaction that changes a score, or a cadre's rank or active flag. A change of
-- scores first takes a share lock on its cadres' rows of cadre_view, so that it and a concurrent change of the same
-- cadre's rank are counted one after the other, each with what the other committed.
CREATE TABLE rank_score_count (
    rank_level TEXT    NOT NULL,
    capability TEXT    NOT NULL,
    score      INTEGER NOT NULL,
    cadres     INTEGER NOT NULL,
    PRIMARY KEY (rank_level, capability, score)
);

INSERT INTO rank_score_count (rank_level, capability, score, cadres)
SELECT c.rank_level, s.capability, s.score, count(*)
FROM capability_score s JOIN cadre_view c ON c.id = s.cadre_id AND c.active
GROUP BY c.rank_level, s.capability, s.score;

-- the scores' side: statement-level, so a recomputation of many profiles counts once
CREATE FUNCTION rank_score_count_scores_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM rank_score_count;
        RETURN NULL;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM 1 FROM cadre_view c WHERE c.id IN (SELECT cadre_id FROM new_scores) ORDER BY c.id FOR SHARE;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM 1 FROM cadre_view c WHERE c.id IN (SELECT cadre_id FROM old_scores) ORDER BY c.id FOR SHARE;
    END IF;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO rank_score_count AS k (rank_level, capability, score, cadres)
        SELECT c.rank_level, n.capability, n.score, count(*)
        FROM new_scores n JOIN cadre_view c ON c.id = n.cadre_id AND c.active
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (rank_level, capability, score) DO UPDATE SET cadres = k.cadres + EXCLUDED.cadres;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO rank_score_count AS k (rank_level, capability, score, cadres)
        SELECT rank_level, capability, score, sum(delta)
        FROM (SELECT c.rank_level, o.capability, o.score, -1 AS delta
              FROM old_scores o JOIN cadre_view c ON c.id = o.cadre_id AND c.active
              UNION ALL
              SELECT c.rank_level, n.capability, n.score, 1
              FROM new_scores n JOIN cadre_view c ON c.id = n.cadre_id AND c.active) d
        GROUP BY 1, 2, 3 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (rank_level, capability, score) DO UPDATE SET cadres = k.cadres + EXCLUDED.cadres;
    ELSE
        INSERT INTO rank_score_count AS k (rank_level, capability, score, cadres)
        SELECT c.rank_level, o.capability, o.score, -count(*)
        FROM old_scores o JOIN cadre_view c ON c.id = o.cadre_id AND c.active
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (rank_level, capability, score) DO UPDATE SET cadres = k.cadres + EXCLUDED.cadres;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER capability_score_inserted AFTER INSERT ON capability_score
    REFERENCING NEW TABLE AS new_scores FOR EACH STATEMENT EXECUTE FUNCTION rank_score_count_scores_changed();
CREATE TRIGGER capability_score_updated AFTER UPDATE ON capability_score
    REFERENCING OLD TABLE AS old_scores NEW TABLE AS new_scores
    FOR EACH STATEMENT EXECUTE FUNCTION rank_score_count_scores_changed();
CREATE TRIGGER capability_score_deleted AFTER DELETE ON capability_score
    REFERENCING OLD TABLE AS old_scores FOR EACH STATEMENT EXECUTE FUNCTION rank_score_count_scores_changed();
CREATE TRIGGER capability_score_truncated AFTER TRUNCATE ON capability_score
    FOR EACH STATEMENT EXECUTE FUNCTION rank_score_count_scores_changed();

-- the cadres' side: a cadre that arrives, changes rank, leaves or comes back moves its scores between the counts
CREATE FUNCTION rank_score_count_cadres_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM rank_score_count;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO rank_score_count AS k (rank_level, capability, score, cadres)
        SELECT n.rank_level, s.capability, s.score, count(*)
        FROM new_cadres n JOIN capability_score s ON s.cadre_id = n.id
        WHERE n.active
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (rank_level, capability, score) DO UPDATE SET cadres = k.cadres + EXCLUDED.cadres;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO rank_score_count AS k (rank_level, capability, score, cadres)
        SELECT rank_level, capability, score, sum(delta)
        FROM (SELECT o.rank_level, s.capability, s.score, -1 AS delta
              FROM old_cadres o JOIN new_cadres n ON n.id = o.id JOIN capability_score s ON s.cadre_id = o.id
              WHERE o.active AND (o.rank_level, o.active) IS DISTINCT FROM (n.rank_level, n.active)
              UNION ALL
              SELECT n.rank_level, s.capability, s.score, 1
              FROM old_cadres o JOIN new_cadres n ON n.id = o.id JOIN capability_score s ON s.cadre_id = n.id
              WHERE n.active AND (o.rank_level, o.active) IS DISTINCT FROM (n.rank_level, n.active)) d
        GROUP BY 1, 2, 3 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (rank_level, capability, score) DO UPDATE SET cadres = k.cadres + EXCLUDED.cadres;
    ELSE
        INSERT INTO rank_score_count AS k (rank_level, capability, score, cadres)
        SELECT o.rank_level, s.capability, s.score, -count(*)
        FROM old_cadres o JOIN capability_score s ON s.cadre_id = o.id
        WHERE o.active
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (rank_level, capability, score) DO UPDATE SET cadres = k.cadres + EXCLUDED.cadres;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER cadre_view_inserted AFTER INSERT ON cadre_view
    REFERENCING NEW TABLE AS new_cadres FOR EACH STATEMENT EXECUTE FUNCTION rank_score_count_cadres_changed();
CREATE TRIGGER cadre_view_updated AFTER UPDATE ON cadre_view
    REFERENCING OLD TABLE AS old_cadres NEW TABLE AS new_cadres
    FOR EACH STATEMENT EXECUTE FUNCTION rank_score_count_cadres_changed();
CREATE TRIGGER cadre_view_deleted AFTER DELETE ON cadre_view
    REFERENCING OLD TABLE AS old_cadres FOR EACH STATEMENT EXECUTE FUNCTION rank_score_count_cadres_changed();
CREATE TRIGGER cadre_view_truncated AFTER TRUNCATE ON cadre_view
    FOR EACH STATEMENT EXECUTE FUNCTION rank_score_count_cadres_changed();
