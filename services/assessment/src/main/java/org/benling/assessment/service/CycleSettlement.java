package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.assessment.domain.Review;
import org.benling.assessment.domain.rules.AssessmentPolicy;
import org.benling.assessment.domain.rules.Consequences;
import org.benling.assessment.domain.rules.ReviewOutcome;
import org.benling.assessment.events.AssessmentEventPublisher;
import org.benling.assessment.service.GradeRecords.GradeOnRecord;
import org.benling.contracts.assessment.Grade;

/**
 * What final reviews leave behind: their grades on record, the consequences, ReviewFinalized. A cycle's reviews are
 * settled together, in a fixed number of statements (the grade histories read once, the grades and the consequences
 * written once), and a ReviewFinalized each.
 */
@ApplicationScoped
public class CycleSettlement {

    @Inject EntityManager em;
    @Inject GradeRecords gradeRecords;
    @Inject AssessmentEventPublisher events;
    @Inject AssessmentPolicy policy;

    /** A consequence to record, of the review it belongs to. */
    private record Owed(UUID reviewId, UUID cadreId, int year, Consequences.Kind kind) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void settle(Review r, UUID unitId, Instant now) {
        settleAll(List.of(r), unitId, now);
    }

    /**
     * What each review's outcome leaves behind once final: a grade is recorded with its consequences (and completes
     * the 优秀 runs of later years: 三连优 in any order) and ReviewFinalized; 不定等次 leaves its own consequences; a
     * review waiting for a case's conclusion leaves nothing yet.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void settleAll(List<Review> reviews, UUID unitId, Instant now) {
        Map<UUID, Map<Integer, GradeOnRecord>> histories = gradeRecords.gradeHistories(reviews.stream()
                .filter(r -> r.outcome == ReviewOutcome.GRADED).map(r -> r.cadreId).distinct().toList());
        List<UUID> cadres = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        List<Grade> grades = new ArrayList<>();
        List<UUID> reviewIds = new ArrayList<>();
        List<Owed> owed = new ArrayList<>();
        for (Review r : reviews) {
            switch (r.outcome) {
                case GRADED -> {
                    Map<Integer, GradeOnRecord> history = histories.computeIfAbsent(r.cadreId, k -> new HashMap<>());
                    Map<Integer, Grade> earlier = grades(history);
                    history.put(r.year, new GradeOnRecord(r.finalGrade, r.id));
                    cadres.add(r.cadreId); // a cycle has one review per cadre: one grade row each
                    years.add(r.year);
                    grades.add(r.finalGrade);
                    reviewIds.add(r.id);
                    Consequences.of(r.year, r.finalGrade, earlier, policy)
                            .forEach(kind -> owed.add(new Owed(r.id, r.cadreId, r.year, kind)));
                    Consequences.completedBy(r.year, grades(history), policy).forEach((year, kinds) -> kinds.forEach(kind -> {
                        UUID reviewOfYear = history.get(year).reviewId();
                        if (reviewOfYear != null) {
                            owed.add(new Owed(reviewOfYear, r.cadreId, year, kind));
                        }
                    }));
                    events.finalized(r, unitId);
                }
                case UNGRADED -> Consequences.ofUngraded().forEach(kind -> owed.add(new Owed(r.id, r.cadreId, r.year, kind)));
                case PENDING -> {
                }
            }
        }
        gradeRecords.recordGrades(cadres, years, grades, reviewIds);
        recordConsequences(owed, now);
    }

    private static Map<Integer, Grade> grades(Map<Integer, GradeOnRecord> history) {
        Map<Integer, Grade> grades = new HashMap<>();
        history.forEach((year, g) -> grades.put(year, g.grade()));
        return grades;
    }

    private void recordConsequences(List<Owed> owed, Instant now) {
        if (owed.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                INSERT INTO consequence (id, review_id, cadre_id, year, kind, created_at)
                SELECT gen_random_uuid(), t.review, t.cadre, t.year, t.kind, :now
                FROM unnest(CAST(:reviews AS uuid[]), CAST(:cadres AS uuid[]), CAST(:years AS integer[]),
                            CAST(:kinds AS text[])) AS t(review, cadre, year, kind)
                ON CONFLICT (review_id, kind) DO NOTHING""")
                .setParameter("reviews", owed.stream().map(Owed::reviewId).toArray(UUID[]::new))
                .setParameter("cadres", owed.stream().map(Owed::cadreId).toArray(UUID[]::new))
                .setParameter("years", owed.stream().map(Owed::year).toArray(Integer[]::new))
                .setParameter("kinds", owed.stream().map(o -> o.kind().name()).toArray(String[]::new))
                .setParameter("now", now).executeUpdate();
    }
}
