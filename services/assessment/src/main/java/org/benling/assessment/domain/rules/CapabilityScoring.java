package org.benling.assessment.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.benling.contracts.Capability;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The capability profile (DOMAIN.md): per capability a 0–100 score, explained. The latest finalised review's
 * rating (or the unrated base) plus training 学时 in the capability over the evidence window, plus completed
 * postings that exercised it, minus supervision measures in their influence period and inspection findings
 * that name the cadre.
 */
public final class CapabilityScoring {

    @Schema(name = "EvidenceSource")
    public enum Source { RATING, UNRATED, TRAINING, POSTING, MEASURE, FINDING }

    /** One line of the explanation: where points came from. */
    @Schema(name = "ScoreComponent")
    public record Component(Source source, int points, String detail) {
    }

    @Schema(name = "CapabilityScore")
    public record Score(Capability capability, int score, List<Component> components) {
    }

    private CapabilityScoring() {
    }

    public static Map<Capability, Score> score(Evidence evidence, LocalDate today, AssessmentPolicy policy) {
        LocalDate windowStart = today.minusYears(policy.evidenceWindowYears());
        Map<Capability, Score> profile = new EnumMap<>(Capability.class);
        for (Capability capability : Capability.values()) {
            List<Component> parts = new ArrayList<>();
            parts.add(evidence.rating().filter(r -> r.scores().containsKey(capability))
                    .map(r -> new Component(Source.RATING, r.scores().get(capability), r.year() + " 年度考核评分 / rated in the "
                            + r.year() + " review"))
                    .orElse(new Component(Source.UNRATED, policy.unratedScore(), "尚无考核评分，按基准分 / not rated yet: base score")));

            BigDecimal hours = evidence.training().stream()
                    .filter(t -> t.capabilities().contains(capability) && inWindow(t.completedOn(), windowStart, today))
                    .map(Evidence.Training::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (hours.signum() > 0) {
                int earned = hours.multiply(policy.pointsPerTrainingHour()).setScale(0, RoundingMode.HALF_UP).intValue();
                int points = Math.min(policy.trainingCap(), earned);
                parts.add(new Component(Source.TRAINING, points, "近 " + policy.evidenceWindowYears() + " 年相关培训 "
                        + hours.stripTrailingZeros().toPlainString() + " 学时 / " + hours.stripTrailingZeros().toPlainString()
                        + " training hours in " + policy.evidenceWindowYears() + " years"
                        + (points < earned ? "（封顶 / capped）" : "")));
            }

            int postingPoints = 0;
            List<String> postings = new ArrayList<>();
            for (Evidence.Posting p : evidence.postings()) {
                if (p.capabilities().contains(capability) && inWindow(p.completedOn(), windowStart, today)) {
                    postingPoints += policy.postingPoints().getOrDefault(p.evaluation(), 0);
                    postings.add(p.type() + " " + p.completedOn() + " " + p.evaluation());
                }
            }
            if (!postings.isEmpty()) {
                int points = Math.min(policy.postingCap(), postingPoints);
                parts.add(new Component(Source.POSTING, points, "实践锻炼 " + postings.size() + " 次 / "
                        + postings.size() + " completed posting(s): " + String.join("; ", postings)
                        + (points < postingPoints ? "（封顶 / capped）" : "")));
            }

            if (policy.measureCapabilities().contains(capability)) {
                evidence.measures().stream().filter(m -> m.influences(today)).forEach(m -> parts.add(new Component(Source.MEASURE,
                        -policy.measurePenalty().getOrDefault(m.form(), 0), "受监督执纪影响，"
                                + (m.influenceLastDay() == null ? "影响期未结束" : "影响期至 " + m.influenceLastDay())
                                + " / under a supervision measure" + (m.influenceLastDay() == null ? ""
                                        : " until " + m.influenceLastDay()))));
            }

            evidence.findings().stream()
                    .filter(f -> f.capability() == capability && inWindow(f.recordedOn(), windowStart, today))
                    .forEach(f -> parts.add(new Component(Source.FINDING, -policy.findingPenalty().getOrDefault(f.severity(), 0),
                            "巡视巡察问题：" + f.category() + "（" + f.severity() + "，" + f.recordedOn() + "）/ inspection finding")));

            int total = parts.stream().mapToInt(Component::points).sum();
            profile.put(capability, new Score(capability, Math.max(0, Math.min(100, total)), List.copyOf(parts)));
        }
        return profile;
    }

    private static boolean inWindow(LocalDate day, LocalDate windowStart, LocalDate today) {
        return day != null && day.isAfter(windowStart) && !day.isAfter(today);
    }
}
