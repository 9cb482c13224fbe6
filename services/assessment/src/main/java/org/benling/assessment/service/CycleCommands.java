package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.benling.assessment.domain.Ballot;
import org.benling.assessment.domain.Cycle;
import org.benling.assessment.domain.Review;
import org.benling.assessment.domain.rules.AssessmentPolicy;
import org.benling.assessment.events.AssessmentEventPublisher;
import org.benling.assessment.domain.rules.ExcellentQuota;
import org.benling.assessment.domain.rules.FinalRating;
import org.benling.assessment.domain.rules.SupervisionEffect;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.text.Reason;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.UnitScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Annual cycles per unit: opening one with a review for each cadre, a leader's approval of the raised 优秀 rate, and
 * finalising the grades under the quota and the supervision measures' effects.
 */
@ApplicationScoped
public class CycleCommands {

    @Inject EntityManager em;
    @Inject UnitScope scope;
    @Inject Caller caller;
    @Inject CadreDirectory cadres;
    @Inject CycleAccess access;
    @Inject QuotaPools pools;
    @Inject CycleSettlement settlement;
    @Inject ProfileService profiles;
    @Inject AssessmentPolicy policy;
    @Inject AssessmentEventPublisher events;
    @Inject Clock clock;

    /** The self-reports' default time (local practice, not a regulation's number). */
    @ConfigProperty(name = "benling.assessment.self-report-days", defaultValue = "30")
    int selfReportDays;

    /**
     * Open a unit's cycle with one review for each active cadre of the unit itself, each cadre asked for the
     * self-report by {@code selfReportDue} (by default {@code benling.assessment.self-report-days} from today).
     */
    @Transactional
    public Cycle open(UUID unitId, int year, String title, LocalDate selfReportDue) {
        scope.requireWritableUnit(unitId, "you may not run the assessment of unit " + unitId);
        String unitName = pools.unitName(unitId);
        int thisYear = LocalDate.now(clock).getYear();
        if (year < 2000 || year > thisYear) {
            throw ProblemException.invalidField("year", "must be between 2000 and " + thisYear);
        }
        if (Cycle.count("unitId = ?1 and year = ?2", unitId, year) > 0) {
            throw ProblemException.conflict("cycle-exists", unitName + " already has a " + year + " cycle");
        }
        LocalDate today = LocalDate.now(clock);
        Cycle cycle = create(unitId, unitName, year, title, caller.name());
        cycle.askSelfReportsBy(selfReportDue == null ? today.plusDays(selfReportDays) : selfReportDue, today);
        events.selfReportsRequested(cycle, Review.list("cycleId", cycle.id));
        return cycle;
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
            cycle.newReview(cadre.id()).persist();
        }
        return cycle;
    }

    /** A leader records the approval that raises the unit's 优秀 rate to the higher limit (25%). */
    @Transactional
    public Cycle approveRaisedQuota(UUID id, String reason) {
        Cycle cycle = access.readable(id);
        cycle.approveRaisedQuota(caller.name(), clock.instant(), reason);
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
        Cycle cycle = access.writable(id);
        cycle.requireOpen();
        cycle.requireVersion(version);
        return finalizeAs(cycle, caller.name());
    }

    /** The rules and effects of finalising, once the caller's right to is checked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Cycle finalizeAs(Cycle cycle, String actor) {
        List<Review> reviews = Review.list("cycleId", cycle.id);
        if (reviews.isEmpty()) {
            throw ProblemException.ruleViolated("no-reviews", "the cycle has no reviews to finalise", List.of());
        }
        Map<UUID, AnnualEffect> effects = pools.effects(cycle.year, reviews);
        List<Problem.Violation> ungraded = new ArrayList<>();
        List<Problem.Violation> blocked = new ArrayList<>();
        int excellent = 0;
        int base = 0;
        for (Review r : reviews) {
            AnnualEffect effect = effects.get(r.id);
            if (SupervisionEffect.needsProposedGrade(effect) && r.proposedGrade == null) {
                ungraded.add(Problem.Violation.of("reviews[" + r.id + "].proposedGrade",
                        Reason.of("cycle.no-proposed-grade", "cadre", cadreLabel(r.cadreId))));
            } else if (SupervisionEffect.needsProposedGrade(effect) && !SupervisionEffect.allows(effect, r.proposedGrade)) {
                blocked.add(Problem.Violation.of("reviews[" + r.id + "].proposedGrade", Reason.of("cycle.grade-not-allowed",
                        "cadre", cadreLabel(r.cadreId), "reason", SupervisionEffect.refusal(effect, cycle.year).orElseThrow())));
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
        Optional<ExcellentQuota.Pool> pool = pools.pool(cycle, base, excellent);
        if (pool.isPresent() && !pool.get().allowed()) {
            ExcellentQuota.Pool p = pool.get();
            throw ProblemException.ruleViolated("excellent-pool-exceeded", "本单位参加考核不足 " + policy.poolBelow()
                    + " 人，优秀名额由" + pools.unitName(p.parentUnitId()) + "统筹：" + p.units() + " 个单位共 " + p.assessed()
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
        Map<UUID, List<Map<Capability, Integer>>> ballots = new HashMap<>();
        Ballot.<Ballot>list("reviewId in ?1", reviews.stream().map(r -> r.id).toList())
                .forEach(b -> ballots.computeIfAbsent(b.reviewId, k -> new ArrayList<>()).add(b.capabilityScores));
        for (Review r : reviews) {
            r.finalizeUnder(effects.get(r.id), FinalRating.blend(r.capabilityScores, ballots.getOrDefault(r.id, List.of()),
                    policy.democraticWeight()));
        }
        settlement.settleAll(reviews, cycle.unitId, now);
        em.flush();
        List<UUID> graded = reviews.stream().map(r -> r.cadreId).toList();
        profiles.recompute(graded);
        profiles.snapshot(graded, cycle.year);
        cycle.finalise(actor, now);
        return cycle;
    }

    private String cadreLabel(UUID cadreId) {
        return cadres.find(cadreId).map(c -> c.name() + "（" + c.employeeNumber() + "）").orElse(cadreId.toString());
    }
}
