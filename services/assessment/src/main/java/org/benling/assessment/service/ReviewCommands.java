package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.assessment.domain.Ballot;
import org.benling.assessment.domain.Cycle;
import org.benling.assessment.domain.Review;
import org.benling.assessment.events.AssessmentEventPublisher;
import org.benling.assessment.rest.api.BallotInput;
import org.benling.assessment.rest.api.Democratic;
import org.benling.assessment.rest.api.GradeAfterConclusion;
import org.benling.assessment.rest.api.Rating;
import org.benling.contracts.Capability;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.Roles;
import org.benling.platform.security.UnitScope;

/**
 * The steps of a review while its cycle is open — the superior's rating, the cadre's self-report, the democratic
 * evaluation's ballots, a cadre added after the cycle opened — and 补定等次 once a pending case is concluded.
 */
@ApplicationScoped
public class ReviewCommands {

    @Inject EntityManager em;
    @Inject CycleAccess cycles;
    @Inject CycleSettlement settlement;
    @Inject ReviewQueries views;
    @Inject CadreDirectory cadres;
    @Inject EvidenceStore evidence;
    @Inject UnitScope scope;
    @Inject Caller caller;
    @Inject ProfileService profiles;
    @Inject AssessmentEventPublisher events;
    @Inject Clock clock;

    /** The superior's rating, dimension and capability scores and the proposed grade (HR in scope, leader, admin). */
    @Transactional
    public Review rate(UUID cycleId, UUID reviewId, Rating rating) {
        Review r = views.readable(cycleId, reviewId);
        Cycle cycle = Cycle.findById(cycleId);
        if (!scope.mayWrite(cycle.unitId) && !caller.hasRole(Roles.LEADER)) {
            throw ProblemException.forbidden("only HR of the unit, a leader or an admin rates reviews");
        }
        caller.requireNotSelf(r.cadreId, "rate the review", "评定本人的考核");
        cycle.requireOpen();
        r.requireVersion(rating.version());
        List<Problem.Violation> violations = new ArrayList<>();
        score("performanceScore", rating.performanceScore(), violations);
        score("styleScore", rating.styleScore(), violations);
        score("conductScore", rating.conductScore(), violations);
        capabilityScores("capabilityScores", rating.capabilityScores(), violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("scores are 0–100 / 分数须在 0–100 之间", violations);
        }
        AnnualEffect effect = evidence.outcome(r.cadreId, r.year, LocalDate.now(clock)).effect();
        r.rate(effect, rating.superiorGrade(), rating.superiorComment(), rating.performanceScore(), rating.styleScore(),
                rating.conductScore(), rating.capabilityScores(), rating.proposedGrade(), caller.name());
        return r;
    }

    /**
     * 补定等次: the case that kept the year without a grade is concluded; HR of the unit (or an admin) fixes the grade
     * under the outcome's effect, with a reason; audited, with the grade's consequences and ReviewFinalized.
     */
    @Transactional
    public Review gradeAfterConclusion(UUID cycleId, UUID reviewId, GradeAfterConclusion body) {
        Review r = views.readable(cycleId, reviewId);
        Cycle cycle = cycles.writable(cycleId);
        caller.requireNotSelf(r.cadreId, "grade the review", "评定本人的考核等次");
        r.requireVersion(body.version());
        AnnualEffect now = evidence.outcome(r.cadreId, r.year, LocalDate.now(clock)).effect();
        r.gradeAfterConclusion(now, body.grade(), body.reason(), caller.name(), clock.instant());
        settlement.settle(r, cycle.unitId, clock.instant());
        em.flush();
        profiles.recompute(r.cadreId);
        return r;
    }

    /** The cadre's own 述职述责述廉 report (or HR entering it). */
    @Transactional
    public Review selfReport(UUID cycleId, UUID reviewId, String text, Long version) {
        Review r = views.readable(cycleId, reviewId);
        Cycle cycle = Cycle.findById(cycleId);
        boolean own = caller.is(r.cadreId);
        if (!own && !scope.mayWrite(cycle.unitId)) {
            throw ProblemException.forbidden("only the cadre or HR of the unit writes the self-report");
        }
        cycle.requireOpen();
        r.requireVersion(version);
        boolean first = r.selfReportedAt == null;
        r.writeSelfReport(text, clock.instant());
        if (first) {
            events.selfReportFiled(r, LocalDate.now(clock));
        }
        return r;
    }

    /** Record anonymous ballots of the democratic evaluation (HR in scope or admin). */
    @Transactional
    public Democratic ballots(UUID cycleId, UUID reviewId, List<BallotInput> inputs) {
        Review r = views.readable(cycleId, reviewId);
        Cycle cycle = cycles.writable(cycleId);
        caller.requireNotSelf(r.cadreId, "record ballots", "录入本人的民主测评票");
        cycle.requireOpen();
        if (inputs == null || inputs.isEmpty()) {
            throw ProblemException.invalidField("ballots", "at least one ballot / 至少一张测评票");
        }
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            BallotInput b = inputs.get(i);
            if (b == null || b.grade() == null) {
                violations.add(new Problem.Violation("ballots[" + i + "].grade", "required / 必填"));
            } else {
                capabilityScores("ballots[" + i + "].capabilityScores", b.capabilityScores(), violations);
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("some ballots are invalid; none was recorded / 测评票有误，均未录入", violations);
        }
        Instant now = clock.instant();
        for (BallotInput input : inputs) {
            Ballot b = new Ballot();
            b.id = UUID.randomUUID();
            b.reviewId = r.id;
            b.grade = input.grade();
            if (input.capabilityScores() != null) {
                b.capabilityScores.putAll(input.capabilityScores());
            }
            b.recordedAt = now;
            b.submittedBy = caller.name();
            b.persist();
        }
        em.flush();
        return views.democratic(r.id);
    }

    /** Add a cadre who joined the unit after the cycle opened. */
    @Transactional
    public Review add(UUID cycleId, UUID cadreId) {
        Cycle cycle = cycles.writable(cycleId);
        cycle.requireOpen();
        if (cadreId == null) {
            throw ProblemException.invalidField("cadreId", "required");
        }
        CadreRef cadre = cadres.find(cadreId).filter(c -> scope.mayRead(c.unitId()))
                .orElseThrow(() -> ProblemException.invalidField("cadreId", "no such cadre in your scope: " + cadreId));
        if (!cadre.active()) {
            throw ProblemException.ruleViolated("cadre-retired", "the cadre is retired", List.of());
        }
        if (Review.count("cycleId = ?1 and cadreId = ?2", cycleId, cadreId) > 0) {
            throw ProblemException.conflict("review-exists", cadre.name() + " is already in this cycle");
        }
        if (Review.count("cadreId = ?1 and year = ?2", cadreId, cycle.year) > 0) {
            throw ProblemException.conflict("review-exists", cadre.name() + " already has a " + cycle.year
                    + " review in another unit's cycle");
        }
        Review r = cycle.newReview(cadreId);
        r.persist();
        if (cycle.selfReportDue != null) {
            events.selfReportsRequested(cycle, List.of(r));
        }
        return r;
    }

    private static void score(String field, Integer value, List<Problem.Violation> violations) {
        if (value != null && (value < 0 || value > 100)) {
            violations.add(new Problem.Violation(field, "must be between 0 and 100, was " + value));
        }
    }

    private static void capabilityScores(String field, Map<Capability, Integer> scores, List<Problem.Violation> violations) {
        if (scores != null) {
            scores.forEach((c, v) -> {
                if (c == null || v == null) {
                    violations.add(new Problem.Violation(field, "capability and score are required"));
                } else {
                    score(field + "." + c.name(), v, violations);
                }
            });
        }
    }
}
