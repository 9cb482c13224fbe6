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
import java.util.HashMap;
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
import org.benling.assessment.domain.rules.SupervisionEffect;
import org.benling.assessment.events.AssessmentEventPublisher;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.supervision.AnnualOutcome;
import org.benling.contracts.supervision.MeasureOnRecord;
import org.benling.contracts.text.Reason;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.UnitScope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Annual cycles per unit: opening one, the grade distribution against the 优秀 quota, and finalising. */
@ApplicationScoped
public class CycleService {

    /** @param assessed the quota's base: assessed cadres without 不定等次 or a pending case */
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

    /**
     * @param ungraded          cadres whose year is 不定等次 by a supervision measure (not in the quota's base)
     * @param pendingConclusion cadres without a grade until a case is concluded (not in the quota's base)
     */
    @Schema(name = "AssessmentCycle")
    public record CycleSummary(UUID id, UUID unitId, String unitName, int year, String title, Cycle.Status status,
            int assessed, int graded, int ungraded, int pendingConclusion, Map<Grade, Integer> proposed,
            Map<Grade, Integer> finalGrades, Quota quota, PoolView pool, RaisedQuotaApproval raisedQuotaApproval,
            Instant createdAt, String createdBy, Instant finalizedAt, String finalizedBy, long version) {
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
        // the reviews a supervision measure takes out of the quota's base (不定等次, pending case): only cadres with
        // measures can be among them
        List<UUID> measured = em.createNativeQuery("""
                SELECT r.id FROM review r WHERE r.cycle_id = :cycle
                AND EXISTS (SELECT 1 FROM measure_view m WHERE m.cadre_id = r.cadre_id)""")
                .setParameter("cycle", cycle.id).getResultList();
        List<Review> affected = measured.isEmpty() ? List.of() : Review.list("id in ?1", measured);
        Map<UUID, AnnualEffect> effects = effects(cycle.year, affected);
        int ungraded = 0;
        int pending = 0;
        int excellent = counted.get(Grade.EXCELLENT);
        for (Review r : affected) {
            AnnualEffect effect = effects.get(r.id);
            ungraded += effect == AnnualEffect.UNGRADED ? 1 : 0;
            pending += effect == AnnualEffect.PENDING ? 1 : 0;
            if (!SupervisionEffect.inQuotaBase(effect) && cycle.status == Cycle.Status.OPEN
                    && r.proposedGrade == Grade.EXCELLENT) {
                excellent--;
            }
        }
        int base = assessed - ungraded - pending;
        ExcellentQuota.Check check = ExcellentQuota.check(base, excellent, cycle.raisedQuotaApproved, policy);
        Quota quota = new Quota(check.assessed(), check.excellent(), check.quota(), check.rate(), check.raised(),
                check.allowed(), ExcellentQuota.quota(base, policy.excellentRate()),
                ExcellentQuota.quota(base, policy.raisedExcellentRate()));
        PoolView pool = pool(cycle, base, excellent).map(p -> new PoolView(p.parentUnitId(),
                unitName(p.parentUnitId()), p.units(), p.assessed(), p.excellent(), p.quota(), p.rate(), p.allowed()))
                .orElse(null);
        return new CycleSummary(cycle.id, cycle.unitId, unitName(cycle.unitId), cycle.year, cycle.title, cycle.status,
                assessed, graded, ungraded, pending, proposed, finals, quota, pool,
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
     * Finalise the unit's grades under the supervision measures' effect on the cycle's year: a cadre whose year is
     * 不定等次 gets no grade, one with a pending case none until it is concluded (补定等次), one whose year is 不称职
     * that grade whatever was proposed; every other review needs a proposed grade the effect allows (no 优秀 under
     * 警告, 诫勉 …); 优秀 within the quota, whose base leaves out the ungraded. Then the final grades, their
     * consequences (those of 不定等次 too), ReviewFinalized per graded cadre, and each cadre's profile recomputed
     * and kept for the cycle.
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
        Map<UUID, AnnualEffect> effects = effects(cycle.year, reviews);
        List<Problem.Violation> ungraded = new ArrayList<>();
        List<Problem.Violation> blocked = new ArrayList<>();
        int excellent = 0;
        int base = 0;
        for (Review r : reviews) {
            AnnualEffect effect = effects.get(r.id);
            String who = cadreLabel(r.cadreId);
            if (SupervisionEffect.needsProposedGrade(effect) && r.proposedGrade == null) {
                ungraded.add(Problem.Violation.of("reviews[" + r.id + "].proposedGrade",
                        Reason.of("cycle.no-proposed-grade", "cadre", who)));
            } else if (SupervisionEffect.needsProposedGrade(effect) && !SupervisionEffect.allows(effect, r.proposedGrade)) {
                blocked.add(Problem.Violation.of("reviews[" + r.id + "].proposedGrade", Reason.of("cycle.grade-not-allowed",
                        "cadre", who, "reason", SupervisionEffect.refusal(effect, cycle.year).orElseThrow())));
            }
            if (SupervisionEffect.inQuotaBase(effect)) {
                base++;
                if (SupervisionEffect.needsProposedGrade(effect) && r.proposedGrade == Grade.EXCELLENT) {
                    excellent++;
                }
            }
        }
        if (!ungraded.isEmpty()) {
            throw ProblemException.ruleViolated("reviews-incomplete",
                    Reason.of("cycle.reviews-incomplete", "count", ungraded.size()), ungraded);
        }
        if (!blocked.isEmpty()) {
            throw ProblemException.ruleViolated("excellent-blocked-by-measure", Reason.of("cycle.excellent-blocked"), blocked);
        }
        Optional<ExcellentQuota.Pool> pool = pool(cycle, base, excellent);
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
        ExcellentQuota.Check check = ExcellentQuota.check(base, excellent, cycle.raisedQuotaApproved, policy);
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
            List<Map<Capability, Integer>> ballots = Ballot.<Ballot>list("reviewId", r.id).stream()
                    .map(b -> b.capabilityScores).toList();
            r.finalizeUnder(effects.get(r.id), FinalRating.blend(r.capabilityScores, ballots, policy.democraticWeight()));
            settle(r, cycle.unitId, now);
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

    /**
     * The supervision effect on each review's year: for a final review, what finalisation found (or, once graded
     * afterwards, what the conclusion gave); for an open one, the cadre's measures judged today.
     */
    Map<UUID, AnnualEffect> effects(int year, List<Review> reviews) {
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
