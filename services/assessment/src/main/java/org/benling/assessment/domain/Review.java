package org.benling.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.assessment.domain.rules.ReviewOutcome;
import org.benling.assessment.domain.rules.SupervisionEffect;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.text.Reason;
import org.benling.platform.persistence.Decision;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * One cadre's review in a cycle: self-report (述职述责述廉), the superior's rating, scores for 实绩/作风/行为 and
 * each capability, the proposed grade and, once the cycle is finalised, its outcome: the final grade, 不定等次, or
 * no grade until a pending case is concluded (then 补定等次). It decides its finalisation under the supervision
 * measures' effect on its year. Audited.
 */
@Entity
@Table(name = "review")
@Audited
public class Review extends PanacheEntityBase {

    @Schema(name = "ReviewStatus")
    public enum Status { OPEN, FINALIZED }

    @Id
    public UUID id;

    @Column(name = "cycle_id", nullable = false)
    public UUID cycleId;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(nullable = false)
    public int year;

    @Column(name = "self_report")
    public String selfReport;

    @Column(name = "self_reported_at")
    public Instant selfReportedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "superior_grade")
    public Grade superiorGrade;

    @Column(name = "superior_comment")
    public String superiorComment;

    @Column(name = "rated_by")
    public String ratedBy;

    /** 实绩 */
    @Column(name = "performance_score")
    public Integer performanceScore;

    /** 作风 */
    @Column(name = "style_score")
    public Integer styleScore;

    /** 行为 */
    @Column(name = "conduct_score")
    public Integer conductScore;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "capability_scores", nullable = false)
    public Map<Capability, Integer> capabilityScores = new EnumMap<>(Capability.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_grade")
    public Grade proposedGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_grade")
    public Grade finalGrade;

    /** The rating the profile uses: the superior's capability scores blended with the ballots' averages. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "final_capability_scores")
    public Map<Capability, Integer> finalCapabilityScores;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    /** Set at finalisation. */
    @Enumerated(EnumType.STRING)
    @Column
    public ReviewOutcome outcome;

    /** The supervision measures' effect on the year as finalisation found it (NONE when there was none). */
    @Enumerated(EnumType.STRING)
    @Column(name = "measure_effect")
    public AnnualEffect measureEffect;

    /** 补定等次: who fixed the grade after the case was concluded, when and why. */
    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "graded_afterwards_by"))
    @AttributeOverride(name = "at", column = @Column(name = "graded_afterwards_at"))
    @AttributeOverride(name = "note", column = @Column(name = "graded_afterwards_reason"))
    public Decision lateGrading;

    @Version
    public long version;

    /**
     * Finalises the review under the supervision measures' {@code effect} on its year: 不称职 imposed, 不定等次, no
     * grade while a case is pending, or the proposed grade (which the effect must allow).
     */
    public void finalizeUnder(AnnualEffect effect, Map<Capability, Integer> finalScores) {
        if (status == Status.FINALIZED) {
            throw ProblemException.conflict("review-finalized", "the review is already final / 该考核已定等");
        }
        Grade imposed = SupervisionEffect.imposedGrade(effect).orElse(null);
        outcome = SupervisionEffect.outcome(effect);
        if (imposed != null) {
            finalGrade = imposed;
        } else if (outcome == ReviewOutcome.GRADED) {
            if (proposedGrade == null || !SupervisionEffect.allows(effect, proposedGrade)) {
                throw new IllegalStateException("review " + id + ": " + proposedGrade + " under " + effect);
            }
            finalGrade = proposedGrade;
        } else {
            finalGrade = null;
        }
        measureEffect = effect;
        finalCapabilityScores = new EnumMap<>(Capability.class);
        finalCapabilityScores.putAll(finalScores);
        status = Status.FINALIZED;
    }

    /**
     * 补定等次: the case that kept the year without a grade is concluded; the grade is fixed under the effect its
     * outcome has now ({@code effectNow}): none or 党内警告 → a grade (not 优秀 under 党内警告); a heavier outcome →
     * 不定等次 or 不称职 as it says.
     *
     * @param grade the grade HR fixes; null where the effect decides (不定等次, 不称职)
     */
    public void gradeAfterConclusion(AnnualEffect effectNow, Grade grade, String reason, String by, Instant at) {
        if (status != Status.FINALIZED || outcome != ReviewOutcome.PENDING) {
            throw ProblemException.conflict("review-not-pending",
                    "only a review finalised while a case was pending is graded afterwards / 仅待结论的考核可补定等次");
        }
        if (effectNow == AnnualEffect.PENDING) {
            throw ProblemException.ruleViolated("case-still-pending", SupervisionEffect.refusal(effectNow, year).orElseThrow(),
                    List.of(Problem.Violation.of("grade", Reason.of("review.not-before-conclusion"))));
        }
        Grade imposed = SupervisionEffect.imposedGrade(effectNow).orElse(null);
        ReviewOutcome next = SupervisionEffect.outcome(effectNow);
        if (next == ReviewOutcome.GRADED && imposed == null && (grade == null || !SupervisionEffect.allows(effectNow, grade))) {
            Reason why = grade == null ? Reason.of("review.grade-required") : Reason.of("review.grade-not-allowed", "grade", grade);
            throw ProblemException.ruleViolated("grade-not-allowed",
                    grade == null ? why : SupervisionEffect.refusal(effectNow, year).orElse(why),
                    List.of(Problem.Violation.of("grade", why)));
        }
        if ((next != ReviewOutcome.GRADED || imposed != null) && grade != null && grade != imposed) {
            Reason why = Reason.of("review.decided-by-conclusion");
            throw ProblemException.ruleViolated("grade-not-allowed", SupervisionEffect.refusal(effectNow, year).orElse(why),
                    List.of(Problem.Violation.of("grade", why)));
        }
        outcome = next;
        finalGrade = imposed != null ? imposed : next == ReviewOutcome.GRADED ? grade : null;
        measureEffect = effectNow;
        lateGrading = Decision.of(by, at, reason);
    }

    /** Refuses a change without the version the caller read, or with a stale one. */
    public void requireVersion(Long expected) {
        if (expected == null) {
            throw ProblemException.invalidField("version", "required: the version you read");
        }
        if (expected != version) {
            throw ProblemException.conflict("stale", "the review was changed by someone else; reload it");
        }
    }

    /**
     * The superior's rating: grade and comment, the dimension and capability scores, and the proposed grade, which
     * the supervision measures' {@code effect} on the year must allow.
     */
    public void rate(AnnualEffect effect, Grade superior, String comment, Integer performance, Integer style,
            Integer conduct, Map<Capability, Integer> capabilities, Grade proposed, String by) {
        if (proposed != null && !SupervisionEffect.allows(effect, proposed)) {
            boolean noExcellent = effect == AnnualEffect.NO_EXCELLENT;
            throw ProblemException.ruleViolated(noExcellent ? "excellent-blocked-by-measure" : "grade-decided-by-measure",
                    SupervisionEffect.refusal(effect, year).orElseThrow(), List.of(Problem.Violation.of("proposedGrade",
                            Reason.of(noExcellent ? "review.excellent-blocked" : "review.grade-decided-by-measure"))));
        }
        superiorGrade = superior;
        superiorComment = comment == null || comment.isBlank() ? null : comment.strip();
        performanceScore = performance;
        styleScore = style;
        conductScore = conduct;
        capabilityScores = new EnumMap<>(Capability.class);
        if (capabilities != null) {
            capabilityScores.putAll(capabilities);
        }
        proposedGrade = proposed;
        ratedBy = by;
    }

    /** The cadre's own 述职述责述廉 report, which must say something. */
    public void writeSelfReport(String text, Instant at) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalidField("text", "the self-report must not be empty / 述职报告不能为空");
        }
        selfReport = text.strip();
        selfReportedAt = at;
    }
}
