package org.benling.rotation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.contracts.supervision.CandidateEligibility;
import org.benling.contracts.supervision.EligibilityReason;
import org.benling.contracts.supervision.MeasureOnRecord;
import org.benling.platform.supervision.SupervisionReadModel;
import org.benling.platform.web.CallerLanguage;
import org.benling.rotation.config.PostingEligibilityConfig;
import org.benling.rotation.domain.rules.CandidateRanking.OpenGap;

/**
 * A cadre's standing as rotation knows it from the other services' events: finalised annual grades and open
 * capability gaps (assessment), supervision measures and open 提拔必查 (inspection), and so why the cadre may not be a candidate.
 */
@ApplicationScoped
public class CadreStanding {

    @Inject EntityManager em;
    @Inject SupervisionReadModel supervision;
    @Inject CandidateEligibility.Policy eligibility;
    @Inject PostingEligibilityConfig postingEligibility;
    @Inject CallerLanguage language;

    /** The cadre's finalised annual results by year. */
    @SuppressWarnings("unchecked")
    public Map<Integer, Grade> grades(UUID cadreId) {
        List<Object[]> rows = em.createNativeQuery("SELECT year, grade FROM grade_view WHERE cadre_id = :c")
                .setParameter("c", cadreId).getResultList();
        Map<Integer, Grade> grades = new HashMap<>();
        rows.forEach(r -> grades.put(((Number) r[0]).intValue(), Grade.valueOf((String) r[1])));
        return grades;
    }

    /** Why the cadre may not be a candidate for a practice posting (the one rule of contracts); empty: eligible. */
    public List<EligibilityReason> refusals(UUID cadreId, LocalDate today) {
        String lang = language.get();
        return CandidateEligibility.refusals(today, grades(cadreId), supervision.measures(cadreId),
                supervision.checkOpen(cadreId), eligibility).stream().map(reason -> reason.in(lang)).toList();
    }

    /** … for a posting of this type: a mandatory one (交流轮岗, by default) is never refused. */
    public List<EligibilityReason> refusals(UUID cadreId, LocalDate today, PostingType type) {
        return postingEligibility.requiredFor().contains(type) ? refusals(cadreId, today) : List.of();
    }

    /** Refusals for many cadres at once, for a posting of this type (candidate ranking over a unit subtree). */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<EligibilityReason>> refusals(List<UUID> cadreIds, LocalDate today, PostingType type) {
        Map<UUID, List<EligibilityReason>> refusals = new HashMap<>();
        if (!postingEligibility.requiredFor().contains(type) || cadreIds.isEmpty()) {
            cadreIds.forEach(id -> refusals.put(id, List.of()));
            return refusals;
        }
        Map<UUID, Map<Integer, Grade>> grades = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT cadre_id, year, grade FROM grade_view WHERE cadre_id = ANY(:ids)")
                .setParameter("ids", cadreIds.toArray(UUID[]::new)).getResultList();
        rows.forEach(r -> grades.computeIfAbsent((UUID) r[0], k -> new HashMap<>())
                .put(((Number) r[1]).intValue(), Grade.valueOf((String) r[2])));
        Map<UUID, List<MeasureOnRecord>> measures = supervision.measures(cadreIds);
        Set<UUID> checked = supervision.checksOpen(cadreIds);
        String lang = language.get();
        for (UUID id : cadreIds) {
            refusals.put(id, CandidateEligibility.refusals(today, grades.getOrDefault(id, Map.of()),
                    measures.getOrDefault(id, List.of()), checked.contains(id), eligibility).stream().map(reason -> reason.in(lang)).toList());
        }
        return refusals;
    }

    @SuppressWarnings("unchecked")
    public Map<UUID, List<OpenGap>> openGaps(List<UUID> cadreIds) {
        Map<UUID, List<OpenGap>> gaps = new HashMap<>();
        if (cadreIds.isEmpty()) {
            return gaps;
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT cadre_id, capability, score, threshold FROM gap_view WHERE open AND cadre_id = ANY(:ids)""")
                .setParameter("ids", cadreIds.toArray(UUID[]::new)).getResultList();
        rows.forEach(r -> gaps.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new OpenGap(
                Capability.valueOf((String) r[1]), ((Number) r[2]).intValue(), ((Number) r[3]).intValue())));
        return gaps;
    }
}
