package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.benling.assessment.domain.Ballot;
import org.benling.assessment.domain.Cycle;
import org.benling.assessment.domain.Review;
import org.benling.assessment.domain.rules.AssessmentPolicy;
import org.benling.assessment.domain.rules.Consequences;
import org.benling.assessment.domain.rules.ExcellentQuota;
import org.benling.assessment.domain.rules.FinalRating;
import org.benling.assessment.events.AssessmentEventPublisher;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.UnitScope;
import org.benling.platform.web.PageQuery;
import org.benling.platform.web.PageResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Annual cycles per unit: opening one, the grade distribution against the 优秀 quota, and finalising. */
@ApplicationScoped
public class CycleService {

    @Schema(name = "ExcellentQuotaStatus")
    public record Quota(int assessed, int excellent, int quota, BigDecimal rate, boolean raised, boolean allowed,
            int standardQuota, int raisedQuota) {
    }

    @Schema(name = "RaisedQuotaApproval")
    public record RaisedQuotaApproval(boolean approved, String approver, Instant approvedAt, String reason) {
    }

    /** The pool a small unit's 优秀 count against, at its parent (null for a unit with a quota of its own). */
    @Schema(name = "ExcellentPool")
    public record PoolView(UUID parentUnitId, String parentUnitName, int units, int assessed, int excellent, int quota,
            BigDecimal rate, boolean allowed) {
    }

    @Schema(name = "AssessmentCycle")
    public record CycleSummary(UUID id, UUID unitId, String unitName, int year, String title, Cycle.Status status,
            int assessed, int graded, Map<Grade, Integer> proposed, Map<Grade, Integer> finalGrades, Quota quota,
            PoolView pool, RaisedQuotaApproval raisedQuotaApproval, Instant createdAt, String createdBy, Instant finalizedAt,
            String finalizedBy, long version) {
    }

    public record CycleFilter(Integer year, UUID unitId, Cycle.Status status) {
    }

    @Inject
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    Caller caller;

    @Inject
    CadreDirectory cadres;

    @Inject
    EvidenceStore evidence;

    @Inject
    ProfileService profiles;

    @Inject
    AssessmentEventPublisher events;

    @Inject
    AssessmentPolicy policy;

    @Inject
    Clock clock;

    /** Open a unit's cycle with one review for each active cadre of the unit itself. */
    @Transactional
    public Cycle open(UUID unitId, int year, String title) {
        String unitName = unitName(unitId);
        if (unitName == null || !(scope.mayRead(unitId) || scope.mayWrite(unitId))) {
            throw ProblemException.invalidField("unitId", "no such unit in your scope: " + unitId);
        }
        if (!scope.mayWrite(unitId)) {
            throw ProblemException.forbidden("you may not run the assessment of unit " + unitId);
        }
        int thisYear = LocalDate.now(clock).getYear();
        if (year < 2000 || year > thisYear) {
            throw ProblemException.invalidField("year", "must be between 2000 and " + thisYear);
        }
        if (Cycle.count("unitId = ?1 and year = ?2", unitId, year) > 0) {
            throw ProblemException.conflict("cycle-exists", unitName + " already has a " + year + " cycle");
        }
        return create(unitId, unitName, year, title, caller.name());
    }

    /** Open the cycle once the caller's right to is checked (or for the demo loader, which acts as the system). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Cycle create(UUID unitId, String unitName, int year, String title, String actor) {
        Cycle cycle = new Cycle();
        cycle.id = UUID.randomUUID();
        cycle.unitId = unitId;
        cycle.year = year;
        cycle.title = title == null || title.isBlank() ? unitName + " " + year + " 年度考核" : title.strip();
        cycle.createdAt = clock.instant();
        cycle.createdBy = actor;
        cycle.persist();
        for (CadreRef cadre : cadres.members(unitId)) {
            newReview(cycle, cadre.id()).persist();
        }
        return cycle;
    }

    static Review newReview(Cycle cycle, UUID cadreId) {
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.cycleId = cycle.id;
        review.cadreId = cadreId;
        review.year = cycle.year;
        return review;
    }

    /** A cycle the caller may read (HR and inspectors in their subtree, leaders and admins everywhere), or 404. */
    public Cycle readable(UUID id) {
        Cycle cycle = Cycle.findById(id);
        if (cycle == null || !scope.mayRead(cycle.unitId)) {
            throw ProblemException.notFound("Cycle", id);
        }
        return cycle;
    }

    /** A cycle the caller may change (HR of the unit's subtree or admin) and still open. */
    public Cycle writable(UUID id) {
        Cycle cycle = readable(id);
        if (!scope.mayWrite(cycle.unitId)) {
            throw ProblemException.forbidden("you may not run the assessment of this unit");
        }
        return cycle;
    }

    static void requireOpen(Cycle cycle) {
        if (cycle.status != Cycle.Status.OPEN) {
            throw ProblemException.conflict("cycle-finalized", "the " + cycle.year + " cycle is already finalised");
        }
    }

    public PageResult<CycleSummary> list(CycleFilter filter, PageQuery page) {
        return new NativeFilter(" FROM cycle c JOIN unit_view u ON u.id = c.unit_id")
                .scope(scope.readScope(), "u.path", null)
                .and("c.year = :year", "year", filter.year())
                .and("c.status = :status", "status", filter.status() == null ? null : filter.status().name())
                .inSubtreeOf("u.path", filter.unitId())
                .page(em, "c.id", page, id -> summary(Cycle.<Cycle>findById(id)));
    }

    /** The cycle with its grade distribution and where it stands against the 优秀 quota. */
    @SuppressWarnings("unchecked")
    public CycleSummary summary(Cycle cycle) {
        Map<Grade, Integer> proposed = new EnumMap<>(Grade.class);
        Map<Grade, Integer> finals = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            proposed.put(g, 0);
            finals.put(g, 0);
        }
        int assessed = 0;
        int graded = 0;
        List<Object[]> rows = em.createNativeQuery("""
                SELECT proposed_grade, final_grade, count(*) FROM review WHERE cycle_id = :cycle
                GROUP BY proposed_grade, final_grade""").setParameter("cycle", cycle.id).getResultList();
        for (Object[] r : rows) {
            int n = ((Number) r[2]).intValue();
            assessed += n;
            if (r[0] != null) {
                graded += n;
                proposed.merge(Grade.valueOf((String) r[0]), n, Integer::sum);
            }
            if (r[1] != null) {
                finals.merge(Grade.valueOf((String) r[1]), n, Integer::sum);
            }
        }
        Map<Grade, Integer> counted = cycle.status == Cycle.Status.FINALIZED ? finals : proposed;
        ExcellentQuota.Check check = ExcellentQuota.check(assessed, counted.get(Grade.EXCELLENT), cycle.raisedQuotaApproved, policy);
        Quota quota = new Quota(check.assessed(), check.excellent(), check.quota(), check.rate(), check.raised(),
                check.allowed(), ExcellentQuota.quota(assessed, policy.excellentRate()),
                ExcellentQuota.quota(assessed, policy.raisedExcellentRate()));
        PoolView pool = pool(cycle, assessed, counted.get(Grade.EXCELLENT)).map(p -> new PoolView(p.parentUnitId(),
                unitName(p.parentUnitId()), p.units(), p.assessed(), p.excellent(), p.quota(), p.rate(), p.allowed()))
                .orElse(null);
        return new CycleSummary(cycle.id, cycle.unitId, unitName(cycle.unitId), cycle.year, cycle.title, cycle.status,
                assessed, graded, proposed, finals, quota, pool,
                new RaisedQuotaApproval(cycle.raisedQuotaApproved, cycle.raisedQuotaApprover, cycle.raisedQuotaApprovedAt,
                        cycle.raisedQuotaReason),
                cycle.createdAt, cycle.createdBy, cycle.finalizedAt, cycle.finalizedBy, cycle.version);
    }

    /** A leader records the approval that raises the unit's 优秀 rate to the higher limit (25%). */
    @Transactional
    public Cycle approveRaisedQuota(UUID id, String reason) {
        Cycle cycle = readable(id);
        requireOpen(cycle);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "the approval needs a reason (批准理由)");
        }
        cycle.raisedQuotaApproved = true;
        cycle.raisedQuotaApprover = caller.name();
        cycle.raisedQuotaApprovedAt = clock.instant();
        cycle.raisedQuotaReason = reason.strip();
        return cycle;
    }

    /**
     * Finalise the unit's grades: every review needs a proposed grade; no 优秀 for a cadre whose supervision
     * measure reaches into the cycle's year; 优秀 within the quota. Then the final grades, their consequences,
     * ReviewFinalized per cadre, and each cadre's profile recomputed and kept for the cycle.
     */
    @Transactional
    public Cycle finalizeGrades(UUID id, Long version) {
        Cycle cycle = writable(id);
        requireOpen(cycle);
        if (version != null && version != cycle.version) {
            throw ProblemException.conflict("stale", "the cycle was changed by someone else; reload it");
        }
        return finalizeAs(cycle, caller.name());
    }

    /** The rules and effects of finalising, once the caller's right to is checked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Cycle finalizeAs(Cycle cycle, String actor) {
        List<Review> reviews = Review.list("cycleId", cycle.id);
        if (reviews.isEmpty()) {
            throw ProblemException.ruleViolated("no-reviews", "the cycle has no reviews to finalise", List.of());
        }
        List<Problem.Violation> ungraded = new ArrayList<>();
        List<Problem.Violation> blocked = new ArrayList<>();
        int excellent = 0;
        for (Review r : reviews) {
            String who = cadreLabel(r.cadreId);
            if (r.proposedGrade == null) {
                ungraded.add(new Problem.Violation("reviews[" + r.id + "].proposedGrade", who + " 尚未拟定等次 / has no proposed grade"));
            } else if (r.proposedGrade == Grade.EXCELLENT) {
                excellent++;
                evidence.measures(r.cadreId).stream().filter(m -> m.overlaps(Year.of(cycle.year))).findFirst()
                        .ifPresent(m -> blocked.add(new Problem.Violation("reviews[" + r.id + "].proposedGrade",
                                who + " 受" + m.measure() + "影响（至 " + m.lastDay() + "），" + cycle.year
                                        + " 年度不得评为优秀 / under a supervision measure: cannot be 优秀")));
            }
        }
        if (!ungraded.isEmpty()) {
            throw ProblemException.ruleViolated("reviews-incomplete", ungraded.size()
                    + " 人尚未拟定等次，不能定等 / " + ungraded.size() + " review(s) have no proposed grade", ungraded);
        }
        if (!blocked.isEmpty()) {
            throw ProblemException.ruleViolated("excellent-blocked-by-measure",
                    "受处分或组织处理影响期内的干部不得评为优秀 / cadres under a supervision measure cannot be graded 优秀",
                    blocked);
        }
        Optional<ExcellentQuota.Pool> pool = pool(cycle, reviews.size(), excellent);
        if (pool.isPresent() && !pool.get().allowed()) {
            ExcellentQuota.Pool p = pool.get();
            throw ProblemException.ruleViolated("excellent-pool-exceeded", "本单位参加考核不足 " + policy.poolBelow()
                    + " 人，优秀名额由" + unitName(p.parentUnitId()) + "统筹：" + p.units() + " 个单位共 " + p.assessed()
                    + " 人，限额 " + p.quota() + " 人，已定及拟定优秀 " + p.excellent() + " 人 / fewer than "
                    + policy.poolBelow() + " assessed: 优秀 count against the pool at the parent unit (" + p.assessed()
                    + " assessed in " + p.units() + " units, quota " + p.quota() + ", " + p.excellent() + " 优秀)",
                    List.of(new Problem.Violation("proposedGrade", "优秀须减少 " + p.over() + " 人 / " + p.over()
                            + " too many 优秀 for the pool")));
        }
        ExcellentQuota.Check check = ExcellentQuota.check(reviews.size(), excellent, cycle.raisedQuotaApproved, policy);
        if (pool.isEmpty() && !check.allowed()) {
            String rate = check.rate().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            throw ProblemException.ruleViolated("excellent-quota-exceeded", "优秀 " + excellent + " 人，超过限额 "
                    + check.quota() + " 人（参加考核 " + check.assessed() + " 人的 " + rate
                    + (check.raised() ? "，已批准提高比例" : "") + "），请调整 " + check.over() + " 人 / " + excellent
                    + " cadres proposed 优秀, the quota is " + check.quota() + " (" + rate + " of " + check.assessed() + ")",
                    List.of(new Problem.Violation("proposedGrade", "优秀最多 " + check.quota() + " 人 / at most "
                            + check.quota() + " 优秀")));
        }
        Instant now = clock.instant();
        for (Review r : reviews) {
            Map<Integer, Grade> earlier = evidence.grades(r.cadreId);
            r.finalGrade = r.proposedGrade;
            List<Map<Capability, Integer>> ballots = Ballot.<Ballot>list("reviewId", r.id).stream()
                    .map(b -> b.capabilityScores).toList();
            r.finalCapabilityScores = new EnumMap<>(Capability.class);
            r.finalCapabilityScores.putAll(FinalRating.blend(r.capabilityScores, ballots, policy.democraticWeight()));
            r.status = Review.Status.FINALIZED;
            evidence.recordGrade(r.cadreId, cycle.year, r.finalGrade, r.id);
            for (Consequences.Kind kind : Consequences.of(cycle.year, r.finalGrade, earlier, policy)) {
                recordConsequence(r.id, r.cadreId, cycle.year, kind, now);
            }
            // a year finalised late completes the runs of the later years already final (三连优 in any order)
            Map<Integer, Grade> history = evidence.grades(r.cadreId);
            Map<Integer, UUID> reviewOfYear = evidence.reviewsByYear(r.cadreId);
            Consequences.completedBy(cycle.year, history, policy).forEach((year, kinds) -> kinds.forEach(kind -> {
                if (reviewOfYear.get(year) != null) {
                    recordConsequence(reviewOfYear.get(year), r.cadreId, year, kind, now);
                }
            }));
            events.finalized(r, cycle.unitId);
        }
        em.flush();
        for (Review r : reviews) {
            profiles.recompute(r.cadreId);
            profiles.snapshot(r.cadreId, cycle.year);
        }
        cycle.status = Cycle.Status.FINALIZED;
        cycle.finalizedAt = now;
        cycle.finalizedBy = actor;
        return cycle;
    }

    /**
     * The pool of a unit too small for a quota of its own: the year's cycles of its parent's children with fewer
     * assessed cadres than the policy's threshold; 优秀 final in the others, and {@code excellentHere} in this one.
     */
    @SuppressWarnings("unchecked")
    Optional<ExcellentQuota.Pool> pool(Cycle cycle, int assessed, int excellentHere) {
        if (!ExcellentQuota.pooled(assessed, policy)) {
            return Optional.empty();
        }
        List<UUID> parents = em.createNativeQuery("SELECT parent_id FROM unit_view WHERE id = :id AND parent_id IS NOT NULL")
                .setParameter("id", cycle.unitId).getResultList();
        if (parents.isEmpty()) {
            return Optional.empty();
        }
        UUID parent = parents.get(0);
        List<Object[]> members = em.createNativeQuery("""
                SELECT c.id, count(r.id), count(r.id) FILTER (WHERE r.final_grade = 'EXCELLENT')
                FROM cycle c JOIN unit_view u ON u.id = c.unit_id LEFT JOIN review r ON r.cycle_id = c.id
                WHERE u.parent_id = :parent AND c.year = :year
                GROUP BY c.id HAVING count(r.id) < :below""")
                .setParameter("parent", parent).setParameter("year", cycle.year).setParameter("below", policy.poolBelow())
                .getResultList();
        int units = 0;
        int total = 0;
        int excellent = excellentHere;
        for (Object[] m : members) {
            units++;
            total += ((Number) m[1]).intValue();
            if (!cycle.id.equals(m[0])) {
                excellent += ((Number) m[2]).intValue();
            }
        }
        return Optional.of(ExcellentQuota.pool(parent, units, total, excellent, policy));
    }

    private void recordConsequence(UUID reviewId, UUID cadreId, int year, Consequences.Kind kind, Instant now) {
        em.createNativeQuery("""
                INSERT INTO consequence (id, review_id, cadre_id, year, kind, created_at)
                VALUES (:id, :review, :cadre, :year, :kind, :now) ON CONFLICT (review_id, kind) DO NOTHING""")
                .setParameter("id", UUID.randomUUID()).setParameter("review", reviewId).setParameter("cadre", cadreId)
                .setParameter("year", year).setParameter("kind", kind.name()).setParameter("now", now).executeUpdate();
    }

    private String cadreLabel(UUID cadreId) {
        return cadres.find(cadreId).map(c -> c.name() + "（" + c.employeeNumber() + "）").orElse(cadreId.toString());
    }

    @SuppressWarnings("unchecked")
    public String unitName(UUID unitId) {
        List<String> names = em.createNativeQuery("SELECT name FROM unit_view WHERE id = :id").setParameter("id", unitId)
                .getResultList();
        return names.stream().findFirst().orElse(null);
    }
}
