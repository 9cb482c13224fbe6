package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.contracts.assessment.Grade;

/**
 * The final grades on record (a cadre's grade of each year, and the review it came from): written when a cycle's
 * reviews are settled, read for the consequences of later years (三连优) and for eligibility.
 */
@ApplicationScoped
public class GradeRecords {

    @Inject EntityManager em;

    /** Final grades of a cadre by year. */
    @SuppressWarnings("unchecked")
    public Map<Integer, Grade> grades(UUID cadreId) {
        List<Object[]> rows = em.createNativeQuery("SELECT year, grade FROM grade_record WHERE cadre_id = :cadre")
                .setParameter("cadre", cadreId).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).intValue(), r -> Grade.valueOf((String) r[1])));
    }

    /** Final grades of many cadres by year, and the review each came from (null for a year recorded without one). */
    @SuppressWarnings("unchecked")
    public Map<UUID, Map<Integer, GradeOnRecord>> gradeHistories(Collection<UUID> cadreIds) {
        Map<UUID, Map<Integer, GradeOnRecord>> histories = new HashMap<>();
        if (cadreIds.isEmpty()) {
            return histories;
        }
        ((List<Object[]>) em.createNativeQuery(
                "SELECT cadre_id, year, grade, review_id FROM grade_record WHERE cadre_id = ANY(CAST(:cadres AS uuid[]))")
                .setParameter("cadres", cadreIds.toArray(UUID[]::new)).getResultList())
                .forEach(r -> histories.computeIfAbsent((UUID) r[0], k -> new HashMap<>()).put(((Number) r[1]).intValue(),
                        new GradeOnRecord(Grade.valueOf((String) r[2]), (UUID) r[3])));
        return histories;
    }

    /** A year's final grade on record, and the review it came from (null if recorded without one). */
    public record GradeOnRecord(Grade grade, UUID reviewId) {
    }

    /** Records final grades, replacing those of the same cadre and year, in one statement. */
    public void recordGrades(List<UUID> cadreIds, List<Integer> years, List<Grade> grades, List<UUID> reviewIds) {
        if (cadreIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                INSERT INTO grade_record (cadre_id, year, grade, review_id)
                SELECT * FROM unnest(CAST(:cadres AS uuid[]), CAST(:years AS integer[]), CAST(:grades AS text[]),
                                     CAST(:reviews AS uuid[]))
                ON CONFLICT (cadre_id, year) DO UPDATE SET grade = EXCLUDED.grade, review_id = EXCLUDED.review_id""")
                .setParameter("cadres", cadreIds.toArray(UUID[]::new)).setParameter("years", years.toArray(Integer[]::new))
                .setParameter("grades", grades.stream().map(Grade::name).toArray(String[]::new))
                .setParameter("reviews", reviewIds.toArray(UUID[]::new)).executeUpdate();
    }
}
