package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.benling.assessment.domain.Cycle;
import org.benling.assessment.domain.Review;
import org.benling.assessment.domain.rules.AssessmentPolicy;
import org.benling.assessment.domain.rules.ExcellentQuota;
import org.benling.assessment.domain.rules.SupervisionEffect;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.supervision.AnnualOutcome;
import org.benling.contracts.supervision.MeasureOnRecord;

/**
 * What the 优秀 quota of a cycle is counted on: the supervision measures' effect on each review's year, the pool at
 * the parent unit for units too small for a quota of their own, and unit names for the messages.
 */
@ApplicationScoped
public class QuotaPools {

    @Inject EntityManager em;
    @Inject EvidenceStore evidence;
    @Inject AssessmentPolicy policy;
    @Inject Clock clock;

    /**
     * The supervision effect on each review's year: for a final review, what finalisation found (or, once graded
     * afterwards, what the conclusion gave); for an open one, the cadre's measures judged today.
     */
    public Map<UUID, AnnualEffect> effects(int year, List<Review> reviews) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, List<MeasureOnRecord>> measures = evidence.measures(reviews.stream()
                .filter(r -> r.status == Review.Status.OPEN).map(r -> r.cadreId).toList());
        Map<UUID, AnnualEffect> effects = new HashMap<>();
        for (Review r : reviews) {
            effects.put(r.id, r.status == Review.Status.FINALIZED
                    ? (r.measureEffect == null ? AnnualEffect.NONE : r.measureEffect)
                    : AnnualOutcome.of(measures.getOrDefault(r.cadreId, List.of()), Year.of(year), today).effect());
        }
        return effects;
    }

    /**
     * The pool of a unit too small for a quota of its own: the year's cycles of its parent's children whose quota
     * base (assessed cadres without 不定等次 or a pending case) is below the policy's threshold; 优秀 final in the
     * others, and {@code excellentHere} in this one.
     */
    @SuppressWarnings("unchecked")
    Optional<ExcellentQuota.Pool> pool(Cycle cycle, int baseHere, int excellentHere) {
        if (!ExcellentQuota.pooled(baseHere, policy)) {
            return Optional.empty();
        }
        List<UUID> parents = em.createNativeQuery("SELECT parent_id FROM unit_view WHERE id = :id AND parent_id IS NOT NULL")
                .setParameter("id", cycle.unitId).getResultList();
        if (parents.isEmpty()) {
            return Optional.empty();
        }
        UUID parent = parents.get(0);
        List<UUID> siblings = em.createNativeQuery("""
                SELECT c.id FROM cycle c JOIN unit_view u ON u.id = c.unit_id
                WHERE u.parent_id = :parent AND c.year = :year AND c.id <> :self""")
                .setParameter("parent", parent).setParameter("year", cycle.year).setParameter("self", cycle.id)
                .getResultList();
        Map<UUID, List<Review>> bySibling = new HashMap<>();
        if (!siblings.isEmpty()) {
            Review.<Review>list("cycleId in ?1", siblings).forEach(r -> bySibling.computeIfAbsent(r.cycleId,
                    k -> new ArrayList<>()).add(r));
        }
        int units = 1;
        int total = baseHere;
        int excellent = excellentHere;
        for (List<Review> members : bySibling.values()) {
            Map<UUID, AnnualEffect> effects = effects(cycle.year, members);
            int base = (int) members.stream().filter(r -> SupervisionEffect.inQuotaBase(effects.get(r.id))).count();
            if (ExcellentQuota.pooled(base, policy)) {
                units++;
                total += base;
                excellent += (int) members.stream().filter(r -> r.finalGrade == Grade.EXCELLENT).count();
            }
        }
        return Optional.of(ExcellentQuota.pool(parent, units, total, excellent, policy));
    }

    @SuppressWarnings("unchecked")
    public String unitName(UUID unitId) {
        List<String> names = em.createNativeQuery("SELECT name FROM unit_view WHERE id = :id").setParameter("id", unitId)
                .getResultList();
        return names.stream().findFirst().orElse(null);
    }
}
