package org.benling.platform.supervision;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.assessment.ReviewFinalized;
import org.benling.contracts.supervision.CandidateEligibility;
import org.benling.contracts.supervision.EligibilityReason;
import org.benling.contracts.supervision.MeasureOnRecord;

/**
 * Why a cadre may not be a candidate, as a service that is not assessment knows it from the events: the finalised
 * annual grades (ReviewFinalized, kept in {@code grade_view}, Flyway location {@code db/grade-read-model}), the
 * supervision measures and the open 提拔必查 ({@link SupervisionReadModel}), put through the one rule of contracts
 * ({@link CandidateEligibility}). For rotation's postings and selection's candidates.
 */
@ApplicationScoped
@IfBuildProperty(name = "benling.supervision-read-model.enabled", stringValue = "true")
public class CandidateStandings {

    @Inject EntityManager em;
    @Inject SupervisionReadModel supervision;
    @Inject CandidateEligibility.Policy policy;

    /** A finalised review's grade, the latest for its year (an inbox handler's effect). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordGrade(ReviewFinalized r) {
        em.createNativeQuery("""
                INSERT INTO grade_view (cadre_id, year, grade) VALUES (:cadre, :year, :grade)
                ON CONFLICT (cadre_id, year) DO UPDATE SET grade = EXCLUDED.grade""")
                .setParameter("cadre", r.cadreId()).setParameter("year", r.cycleYear())
                .setParameter("grade", r.grade().name()).executeUpdate();
    }

    /** The cadre's finalised annual results by year. */
    public Map<Integer, Grade> grades(UUID cadreId) {
        return grades(List.of(cadreId)).getOrDefault(cadreId, Map.of());
    }

    /** … of many cadres in one statement. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Map<Integer, Grade>> grades(Collection<UUID> cadreIds) {
        Map<UUID, Map<Integer, Grade>> grades = new HashMap<>();
        if (cadreIds.isEmpty()) {
            return grades;
        }
        List<Object[]> rows = em.createNativeQuery("SELECT cadre_id, year, grade FROM grade_view WHERE cadre_id = ANY(:ids)")
                .setParameter("ids", cadreIds.toArray(UUID[]::new)).getResultList();
        rows.forEach(r -> grades.computeIfAbsent((UUID) r[0], k -> new HashMap<>())
                .put(((Number) r[1]).intValue(), Grade.valueOf((String) r[2])));
        return grades;
    }

    /** Why the cadre may not be a candidate on {@code today}, worded in {@code language}; empty: eligible. */
    public List<EligibilityReason> refusals(UUID cadreId, LocalDate today, String language) {
        return refusals(List.of(cadreId), today, language).get(cadreId);
    }

    /** … for many cadres at once (four statements whatever their number). */
    public Map<UUID, List<EligibilityReason>> refusals(Collection<UUID> cadreIds, LocalDate today, String language) {
        Map<UUID, List<EligibilityReason>> refusals = new HashMap<>();
        if (cadreIds.isEmpty()) {
            return refusals;
        }
        Map<UUID, Map<Integer, Grade>> grades = grades(cadreIds);
        Map<UUID, List<MeasureOnRecord>> measures = supervision.measures(cadreIds);
        Set<UUID> checked = supervision.checksOpen(cadreIds);
        for (UUID id : cadreIds) {
            refusals.put(id, CandidateEligibility.refusals(today, grades.getOrDefault(id, Map.of()),
                    measures.getOrDefault(id, List.of()), checked.contains(id), policy).stream()
                    .map(reason -> reason.in(language)).toList());
        }
        return refusals;
    }
}
