package org.benling.rotation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.contracts.supervision.EligibilityReason;
import org.benling.platform.supervision.CandidateStandings;
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
    @Inject CandidateStandings standings;
    @Inject PostingEligibilityConfig postingEligibility;
    @Inject CallerLanguage language;

    /** The cadre's finalised annual results by year. */
    public Map<Integer, Grade> grades(UUID cadreId) {
        return standings.grades(cadreId);
    }

    /** Why the cadre may not be a candidate for a practice posting (the one rule of contracts); empty: eligible. */
    public List<EligibilityReason> refusals(UUID cadreId, LocalDate today) {
        return standings.refusals(cadreId, today, language.get());
    }

    /** … for a posting of this type: a mandatory one (交流轮岗, by default) is never refused. */
    public List<EligibilityReason> refusals(UUID cadreId, LocalDate today, PostingType type) {
        return postingEligibility.requiredFor().contains(type) ? refusals(cadreId, today) : List.of();
    }

    /** Refusals for many cadres at once, for a posting of this type (candidate ranking over a unit subtree). */
    public Map<UUID, List<EligibilityReason>> refusals(List<UUID> cadreIds, LocalDate today, PostingType type) {
        if (!postingEligibility.requiredFor().contains(type) || cadreIds.isEmpty()) {
            Map<UUID, List<EligibilityReason>> none = new HashMap<>();
            cadreIds.forEach(id -> none.put(id, List.of()));
            return none;
        }
        return standings.refusals(cadreIds, today, language.get());
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
