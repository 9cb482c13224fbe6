package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.benling.assessment.domain.Review;
import org.benling.assessment.domain.rules.AssessmentPolicy;
import org.benling.assessment.domain.rules.Consequences;
import org.benling.assessment.events.AssessmentEventPublisher;
import org.benling.contracts.assessment.Grade;

/** What a final review leaves behind: its grade on record, the consequences, ReviewFinalized. */
@ApplicationScoped
public class CycleSettlement {

    @Inject EntityManager em;
    @Inject EvidenceStore evidence;
    @Inject AssessmentEventPublisher events;
    @Inject AssessmentPolicy policy;

    /**
     * What a review's outcome leaves behind once final: a grade is recorded with its consequences (and completes
     * the 优秀 runs of later years: 三连优 in any order) and ReviewFinalized; 不定等次 leaves its own consequences; a
     * review waiting for a case's conclusion leaves nothing yet.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void settle(Review r, UUID unitId, Instant now) {
        switch (r.outcome) {
            case GRADED -> {
                Map<Integer, Grade> earlier = evidence.grades(r.cadreId);
                evidence.recordGrade(r.cadreId, r.year, r.finalGrade, r.id);
                for (Consequences.Kind kind : Consequences.of(r.year, r.finalGrade, earlier, policy)) {
                    recordConsequence(r.id, r.cadreId, r.year, kind, now);
                }
                Map<Integer, Grade> history = evidence.grades(r.cadreId);
                Map<Integer, UUID> reviewOfYear = evidence.reviewsByYear(r.cadreId);
                Consequences.completedBy(r.year, history, policy).forEach((year, kinds) -> kinds.forEach(kind -> {
                    if (reviewOfYear.get(year) != null) {
                        recordConsequence(reviewOfYear.get(year), r.cadreId, year, kind, now);
                    }
                }));
                events.finalized(r, unitId);
            }
            case UNGRADED -> Consequences.ofUngraded().forEach(kind -> recordConsequence(r.id, r.cadreId, r.year, kind, now));
            case PENDING -> {
            }
        }
    }

    private void recordConsequence(UUID reviewId, UUID cadreId, int year, Consequences.Kind kind, Instant now) {
        em.createNativeQuery("""
                INSERT INTO consequence (id, review_id, cadre_id, year, kind, created_at)
                VALUES (:id, :review, :cadre, :year, :kind, :now) ON CONFLICT (review_id, kind) DO NOTHING""")
                .setParameter("id", UUID.randomUUID()).setParameter("review", reviewId).setParameter("cadre", cadreId)
                .setParameter("year", year).setParameter("kind", kind.name()).setParameter("now", now).executeUpdate();
    }
}
