package org.benling.assessment.domain.rules;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.benling.contracts.Capability;
import org.benling.contracts.text.Reason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The capability profile (DOMAIN.md): per capability a 0–100 score, explained. The latest finalised review's
 * rating (or the unrated base) plus training 学时 in the capability over the evidence window, plus completed
 * postings that exercised it, plus the leader's daily work (leadership-team study sessions attended, visits to the
 * grassroots contact point, research reports and their adoption: DailyEvidencePolicy), minus supervision measures in
 * their influence period and inspection findings that name the cadre.
 */
public final class CapabilityScoring {

    @Schema(name = "EvidenceSource")
    public enum Source { RATING, UNRATED, TRAINING, POSTING, STUDY, VISIT, RESEARCH, MEASURE, FINDING }

    /**
     * One line of the explanation: where points came from, in words ({@code detail}, the caller's language) and as a
     * reason code with its parameters ({@code profile.TRAINING}: hours, years), which the web app words itself.
     * Explanations stored before codes have the words only.
     */
    @Schema(name = "ScoreComponent")
    public record Component(Source source, int points, String detail, @Nullable String code,
            @Nullable Map<String, String> params) {

        static Component of(Source source, int points, String code, Object... namesAndValues) {
            Reason reason = Reason.of(code, namesAndValues);
            Map<String, String> params = new java.util.LinkedHashMap<>();
            reason.params().forEach((name, value) -> params.put(name, value.toString()));
            return new Component(source, points, reason.text(null), code, params);
        }

        /** The same line with its words in {@code language} ({@code zh}, {@code en}, null for both). */
        public Component in(String language) {
            return code == null ? this
                    : new Component(source, points, new Reason(code, Map.copyOf(params)).text(language), code, params);
        }
    }

    @Schema(name = "CapabilityScore")
    public record Score(Capability capability, int score, List<Component> components) {
    }

    private CapabilityScoring() {
    }

    public static Map<Capability, Score> score(Evidence evidence, LocalDate today, AssessmentPolicy policy,
            DailyEvidencePolicy daily) {
        LocalDate windowStart = today.minusYears(policy.evidenceWindowYears());
        Map<Capability, Score> profile = new EnumMap<>(Capability.class);
        for (Capability capability : Capability.values()) {
            List<Component> parts = new ArrayList<>();
            parts.add(evidence.rating().filter(r -> r.scores().containsKey(capability))
                    .map(r -> Component.of(Source.RATING, r.scores().get(capability), "profile.RATING", "year", r.year()))
                    .orElse(Component.of(Source.UNRATED, policy.unratedScore(), "profile.UNRATED")));

            BigDecimal hours = evidence.training().stream()
                    .filter(t -> t.capabilities().contains(capability) && inWindow(t.completedOn(), windowStart, today))
                    .map(Evidence.Training::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (hours.signum() > 0) {
                int earned = hours.multiply(policy.pointsPerTrainingHour()).setScale(0, RoundingMode.HALF_UP).intValue();
                int points = Math.min(policy.trainingCap(), earned);
                parts.add(Component.of(Source.TRAINING, points, points < earned ? "profile.TRAINING.CAPPED"
                        : "profile.TRAINING", "hours", hours.stripTrailingZeros().toPlainString(), "years",
                        policy.evidenceWindowYears()));
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
                parts.add(Component.of(Source.POSTING, points, points < postingPoints ? "profile.POSTING.CAPPED"
                        : "profile.POSTING", "count", postings.size(), "postings", String.join("; ", postings)));
            }

            dailyWork(evidence, capability, windowStart, today, policy.evidenceWindowYears(), daily).forEach(parts::add);

            if (policy.measureCapabilities().contains(capability)) {
                evidence.measures().stream().filter(m -> m.influences(today)).forEach(m -> parts.add(Component.of(
                        Source.MEASURE, -policy.measurePenalty().getOrDefault(m.form(), 0),
                        m.influenceLastDay() == null ? "profile.MEASURE.OPEN" : "profile.MEASURE", "until",
                        m.influenceLastDay())));
            }

            evidence.findings().stream()
                    .filter(f -> f.capability() == capability && inWindow(f.recordedOn(), windowStart, today))
                    .forEach(f -> parts.add(Component.of(Source.FINDING, -policy.findingPenalty().getOrDefault(f.severity(), 0),
                            "profile.FINDING", "category", f.category(), "severity", f.severity(), "on", f.recordedOn())));

            int total = parts.stream().mapToInt(Component::points).sum();
            profile.put(capability, new Score(capability, Math.max(0, Math.min(100, total)), List.copyOf(parts)));
        }
        return profile;
    }

    /** The lines of the leader's daily work in the capability: study sessions, contact-point visits, research. */
    private static List<Component> dailyWork(Evidence evidence, Capability capability, LocalDate windowStart,
            LocalDate today, int years, DailyEvidencePolicy daily) {
        List<Component> parts = new ArrayList<>();
        long studies = evidence.studies().stream()
                .filter(s -> s.capabilities().contains(capability) && inWindow(s.heldOn(), windowStart, today)).count();
        if (studies > 0) {
            int earned = (int) studies * daily.studyPoints();
            int points = Math.min(daily.studyCap(), earned);
            parts.add(Component.of(Source.STUDY, points, points < earned ? "profile.STUDY.CAPPED" : "profile.STUDY",
                    "count", studies, "years", years));
        }
        if (daily.visitCapabilities().contains(capability)) {
            List<Evidence.Visit> visits = evidence.visits().stream()
                    .filter(v -> inWindow(v.visitedOn(), windowStart, today)).toList();
            if (!visits.isEmpty()) {
                int solved = visits.stream().mapToInt(Evidence.Visit::problemsSolved).sum();
                int earned = visits.size() * daily.visitPoints() + solved * daily.solvedPoints();
                int points = Math.min(daily.visitCap(), earned);
                parts.add(Component.of(Source.VISIT, points, points < earned ? "profile.VISIT.CAPPED" : "profile.VISIT",
                        "count", visits.size(), "solved", solved, "years", years));
            }
        }
        List<Evidence.Research> research = evidence.research().stream()
                .filter(r -> r.capabilities().contains(capability) && inWindow(r.submittedOn(), windowStart, today)).toList();
        if (!research.isEmpty()) {
            long adopted = research.stream().filter(Evidence.Research::adopted).count();
            int earned = research.size() * daily.researchPoints() + (int) adopted * daily.adoptedPoints();
            int points = Math.min(daily.researchCap(), earned);
            parts.add(Component.of(Source.RESEARCH, points, points < earned ? "profile.RESEARCH.CAPPED"
                    : "profile.RESEARCH", "count", research.size(), "adopted", adopted, "years", years));
        }
        return parts;
    }

    private static boolean inWindow(LocalDate day, LocalDate windowStart, LocalDate today) {
        return day != null && day.isAfter(windowStart) && !day.isAfter(today);
    }
}
