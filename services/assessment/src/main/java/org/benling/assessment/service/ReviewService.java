package org.benling.assessment.service;

import jakarta.validation.Valid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.benling.assessment.domain.Ballot;
import org.benling.assessment.domain.Cycle;
import org.benling.assessment.domain.Review;
import org.benling.assessment.domain.rules.Consequences;
import org.benling.assessment.domain.rules.ReviewOutcome;
import org.benling.assessment.domain.rules.SupervisionEffect;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.text.Reason;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.Like;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.Roles;
import org.benling.platform.security.UnitScope;
import org.benling.platform.web.CallerLanguage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reviews within a cycle: the superior's rating, the cadre's self-report, anonymous ballots. */
@ApplicationScoped
public class ReviewService {

    /** The democratic evaluation's result: ballots per grade, the share rating 优秀 or 称职, averages. */
    @Schema(name = "DemocraticEvaluation")
    public record Democratic(int ballots, Map<Grade, Integer> grades, Double approvalRate,
            Map<Capability, Double> capabilityAverages) {
    }

    /**
     * What the supervision measures do to the review's year, in the words HR may read (no type, form or reason).
     *
     * @param effect             NONE, NO_EXCELLENT, PENDING (a case awaits its conclusion), UNGRADED (不定等次) or
     *                           INCOMPETENT (不称职 imposed)
     * @param note               why, for people; null when the year is free
     * @param gradableAfterwards a review finalised while a case was pending whose case is now concluded: HR fixes the
     *                           grade (补定等次)
     */
    @Schema(name = "ReviewSupervision")
    public record Supervision(AnnualEffect effect, String effectName, String note, boolean gradableAfterwards) {
    }

    @Schema(name = "ReviewRow")
    public record ReviewRow(UUID id, UUID cadreId, String employeeNumber, String name, RankLevel rankLevel,
            Grade superiorGrade, Grade proposedGrade, Grade finalGrade, ReviewOutcome outcome, int ballots,
            boolean selfReported, String excellentBlockedBy, Supervision supervision, Review.Status status,
            long version) {
    }

    /** 补定等次: the grade fixed once the case is concluded (none where the conclusion decides it), and why. */
    @Schema(name = "GradeAfterConclusion")
    public record GradeAfterConclusion(Grade grade, @NotBlank @Size(max = 2000) String reason, @NotNull Long version) {
    }

    @Schema(name = "Review")
    public record ReviewDetail(UUID id, UUID cycleId, int year, UUID cadreId, String employeeNumber, String name,
            UUID unitId, RankLevel rankLevel, String selfReport, Instant selfReportedAt, Grade superiorGrade,
            String superiorComment, String ratedBy, Integer performanceScore, Integer styleScore, Integer conductScore,
            Map<Capability, Integer> capabilityScores, Grade proposedGrade, Grade finalGrade,
            Map<Capability, Integer> finalCapabilityScores, ReviewOutcome outcome, Democratic democratic,
            List<Consequences.Kind> consequences, String excellentBlockedBy, Supervision supervision,
            String gradedAfterwardsBy, Instant gradedAfterwardsAt, String gradedAfterwardsReason, Review.Status status,
            long version) {
    }

    /** What the superior (or HR on their behalf) enters; null fields are cleared. */
    @Schema(name = "ReviewRating")
    public record Rating(Grade superiorGrade, @Size(max = 2000) String superiorComment, Integer performanceScore, Integer styleScore,
            Integer conductScore, Map<Capability, Integer> capabilityScores, Grade proposedGrade, Long version) {
    }

    @Schema(name = "BallotInput")
    public record BallotInput(Grade grade, Map<Capability, Integer> capabilityScores) {
    }

    @Inject
    EntityManager em;

    @Inject
    CycleService cycles;

    @Inject
    CadreDirectory cadres;

    @Inject
    EvidenceStore evidence;

    @Inject
    UnitScope scope;

    @Inject
    Caller caller;

    @Inject
    ProfileService profiles;

    @Inject
    Clock clock;

    @Inject
    CallerLanguage language;

    public PageResult<ReviewRow> list(UUID cycleId, String q, Grade grade, PageQuery page) {
        Cycle cycle = cycles.readable(cycleId);
        return new NativeFilter(" FROM review r LEFT JOIN cadre_view c ON c.id = r.cadre_id")
                .and("r.cycle_id = :cycle", "cycle", cycle.id)
                .and("(c.name LIKE :q OR c.employee_number LIKE :q)", "q", Like.contains(q))
                .and("coalesce(r.final_grade, r.proposed_grade) = :grade", "grade", grade == null ? null : grade.name())
                .page(em, "r.id", page, id -> row(Review.<Review>findById(id)));
    }

    private ReviewRow row(Review r) {
        Optional<CadreRef> c = cadres.find(r.cadreId);
        Supervision supervision = supervision(r);
        return new ReviewRow(r.id, r.cadreId, c.map(CadreRef::employeeNumber).orElse(null),
                c.map(CadreRef::name).orElse(null), c.map(CadreRef::rankLevel).orElse(null), r.superiorGrade,
                r.proposedGrade, r.finalGrade, r.outcome, (int) Ballot.count("reviewId", r.id), r.selfReport != null,
                excellentBlocked(supervision), supervision, r.status, r.version);
    }

    public ReviewDetail detail(Review r) {
        Optional<CadreRef> c = cadres.find(r.cadreId);
        Supervision supervision = supervision(r);
        @SuppressWarnings("unchecked")
        List<String> kinds = em.createNativeQuery("SELECT kind FROM consequence WHERE review_id = :id ORDER BY kind")
                .setParameter("id", r.id).getResultList();
        return new ReviewDetail(r.id, r.cycleId, r.year, r.cadreId, c.map(CadreRef::employeeNumber).orElse(null),
                c.map(CadreRef::name).orElse(null), c.map(CadreRef::unitId).orElse(null),
                c.map(CadreRef::rankLevel).orElse(null), r.selfReport, r.selfReportedAt, r.superiorGrade,
                r.superiorComment, r.ratedBy, r.performanceScore, r.styleScore, r.conductScore, r.capabilityScores,
                r.proposedGrade, r.finalGrade, r.finalCapabilityScores, r.outcome, democratic(r.id),
                kinds.stream().map(Consequences.Kind::valueOf).toList(), excellentBlocked(supervision),
                supervision, r.gradedAfterwardsBy, r.gradedAfterwardsAt, r.gradedAfterwardsReason, r.status, r.version);
    }

    /**
     * What the cadre's measures do to the review's year: judged today while the review is open; as finalisation
     * found it once final (and whether a pending case has since been concluded, so the grade can be fixed).
     */
    Supervision supervision(Review r) {
        AnnualEffect now = evidence.outcome(r.cadreId, r.year, LocalDate.now(clock)).effect();
        AnnualEffect effect = r.status == Review.Status.FINALIZED && r.measureEffect != null ? r.measureEffect : now;
        boolean afterwards = r.outcome == ReviewOutcome.PENDING && now != AnnualEffect.PENDING;
        return new Supervision(effect, effect.chineseName(),
                SupervisionEffect.refusal(effect, r.year).map(why -> why.text(language.get())).orElse(null), afterwards);
    }

    /** The effect that keeps the year from 优秀, in HR's words; null when 优秀 is open. */
    private static String excellentBlocked(Supervision s) {
        return s.effect() == AnnualEffect.NONE ? null : s.note();
    }

    public Democratic democratic(UUID reviewId) {
        List<Ballot> ballots = Ballot.list("reviewId", reviewId);
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            grades.put(g, 0);
        }
        ballots.forEach(b -> grades.merge(b.grade, 1, Integer::sum));
        Double approval = ballots.isEmpty() ? null
                : (grades.get(Grade.EXCELLENT) + grades.get(Grade.COMPETENT)) / (double) ballots.size();
        Map<Capability, Double> averages = new EnumMap<>(Capability.class);
        for (Capability c : Capability.values()) {
            ballots.stream().filter(b -> b.capabilityScores.containsKey(c)).mapToInt(b -> b.capabilityScores.get(c))
                    .average().ifPresent(avg -> averages.put(c, Math.round(avg * 10) / 10.0));
        }
        return new Democratic(ballots.size(), grades, approval, averages);
    }

    /** A review the caller may read: its cycle is in scope, or it is the caller's own. */
    public Review readable(UUID cycleId, UUID reviewId) {
        Review r = Review.findById(reviewId);
        if (r == null || !r.cycleId.equals(cycleId)) {
            throw ProblemException.notFound("Review", reviewId);
        }
        boolean own = caller.is(r.cadreId);
        Cycle cycle = Cycle.findById(cycleId);
        if (!own && !scope.mayRead(cycle.unitId)) {
            throw ProblemException.notFound("Review", reviewId);
        }
        return r;
    }

    /** The superior's rating, dimension and capability scores and the proposed grade (HR in scope, leader, admin). */
    @Transactional
    public Review rate(UUID cycleId, UUID reviewId, Rating rating) {
        Review r = readable(cycleId, reviewId);
        Cycle cycle = Cycle.findById(cycleId);
        if (!scope.mayWrite(cycle.unitId) && !caller.hasRole(Roles.LEADER)) {
            throw ProblemException.forbidden("only HR of the unit, a leader or an admin rates reviews");
        }
        caller.requireNotSelf(r.cadreId, "rate the review", "评定本人的考核");
        CycleService.requireOpen(cycle);
        requireVersion(r, rating.version());
        List<Problem.Violation> violations = new ArrayList<>();
        score("performanceScore", rating.performanceScore(), violations);
        score("styleScore", rating.styleScore(), violations);
        score("conductScore", rating.conductScore(), violations);
        capabilityScores("capabilityScores", rating.capabilityScores(), violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("scores are 0–100 / 分数须在 0–100 之间", violations);
        }
        AnnualEffect effect = evidence.outcome(r.cadreId, r.year, LocalDate.now(clock)).effect();
        if (rating.proposedGrade() != null && !SupervisionEffect.allows(effect, rating.proposedGrade())) {
            boolean noExcellent = effect == AnnualEffect.NO_EXCELLENT;
            throw ProblemException.ruleViolated(noExcellent ? "excellent-blocked-by-measure" : "grade-decided-by-measure",
                    SupervisionEffect.refusal(effect, r.year).orElseThrow(), List.of(Problem.Violation.of("proposedGrade",
                            Reason.of(noExcellent ? "review.excellent-blocked" : "review.grade-decided-by-measure"))));
        }
        r.superiorGrade = rating.superiorGrade();
        r.superiorComment = blankToNull(rating.superiorComment());
        r.performanceScore = rating.performanceScore();
        r.styleScore = rating.styleScore();
        r.conductScore = rating.conductScore();
        r.capabilityScores = new EnumMap<>(Capability.class);
        if (rating.capabilityScores() != null) {
            r.capabilityScores.putAll(rating.capabilityScores());
        }
        r.proposedGrade = rating.proposedGrade();
        r.ratedBy = caller.name();
        return r;
    }

    /**
     * 补定等次: the case that kept the year without a grade is concluded; HR of the unit (or an admin) fixes the grade
     * under the outcome's effect, with a reason; audited, with the grade's consequences and ReviewFinalized.
     */
    @Transactional
    public Review gradeAfterConclusion(UUID cycleId, UUID reviewId, GradeAfterConclusion body) {
        Review r = readable(cycleId, reviewId);
        Cycle cycle = cycles.writable(cycleId);
        caller.requireNotSelf(r.cadreId, "grade the review", "评定本人的考核等次");
        requireVersion(r, body.version());
        AnnualEffect now = evidence.outcome(r.cadreId, r.year, LocalDate.now(clock)).effect();
        r.gradeAfterConclusion(now, body.grade(), body.reason(), caller.name(), clock.instant());
        cycles.settle(r, cycle.unitId, clock.instant());
        em.flush();
        profiles.recompute(r.cadreId);
        return r;
    }

    /** The cadre's own 述职述责述廉 report (or HR entering it). */
    @Transactional
    public Review selfReport(UUID cycleId, UUID reviewId, String text, Long version) {
        Review r = readable(cycleId, reviewId);
        Cycle cycle = Cycle.findById(cycleId);
        boolean own = caller.is(r.cadreId);
        if (!own && !scope.mayWrite(cycle.unitId)) {
            throw ProblemException.forbidden("only the cadre or HR of the unit writes the self-report");
        }
        CycleService.requireOpen(cycle);
        requireVersion(r, version);
        if (text == null || text.isBlank()) {
            throw ProblemException.invalidField("text", "the self-report must not be empty / 述职报告不能为空");
        }
        r.selfReport = text.strip();
        r.selfReportedAt = clock.instant();
        return r;
    }

    /** Record anonymous ballots of the democratic evaluation (HR in scope or admin). */
    @Transactional
    public Democratic ballots(UUID cycleId, UUID reviewId, List<BallotInput> inputs) {
        Review r = readable(cycleId, reviewId);
        Cycle cycle = cycles.writable(cycleId);
        caller.requireNotSelf(r.cadreId, "record ballots", "录入本人的民主测评票");
        CycleService.requireOpen(cycle);
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
        return democratic(r.id);
    }

    /** Add a cadre who joined the unit after the cycle opened. */
    @Transactional
    public Review add(UUID cycleId, UUID cadreId) {
        Cycle cycle = cycles.writable(cycleId);
        CycleService.requireOpen(cycle);
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
        Review r = CycleService.newReview(cycle, cadreId);
        r.persist();
        return r;
    }

    /** The caller's own reviews, newest first. */
    public List<ReviewDetail> mine() {
        UUID self = caller.cadreId().orElseThrow(() -> ProblemException.forbidden("the token names no cadre"));
        return Review.<Review>list("cadreId = ?1 order by year desc", self).stream().map(this::detail).toList();
    }

    private static void requireVersion(Review r, Long version) {
        if (version == null) {
            throw ProblemException.invalidField("version", "required: the version you read");
        }
        if (version != r.version) {
            throw ProblemException.conflict("stale", "the review was changed by someone else; reload it");
        }
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
