package org.benling.assessment.domain.rules;

import static org.benling.contracts.Capability.LAW_BASED_GOVERNANCE;
import static org.benling.contracts.Capability.LEARNING;
import static org.benling.contracts.Capability.MASS_WORK;
import static org.benling.contracts.Capability.POLITICAL_LEADERSHIP;
import static org.benling.contracts.Capability.RISK_MANAGEMENT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.benling.assessment.domain.rules.CapabilityScoring.Component;
import org.benling.assessment.domain.rules.CapabilityScoring.Score;
import org.benling.assessment.domain.rules.CapabilityScoring.Source;
import org.benling.contracts.Capability;
import org.benling.contracts.inspection.FindingRecorded.Severity;
import org.benling.contracts.rotation.PostingCompleted.Evaluation;
import org.benling.contracts.supervision.Influence;
import org.benling.contracts.supervision.MeasureOnRecord;
import org.benling.contracts.supervision.MeasureType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Capability profile: 0–100 score per capability with the evidence behind it")
class CapabilityScoringTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    /** The evidence window's start: this day itself is outside, the next day inside. */
    private static final LocalDate FIVE_YEARS_AGO = TODAY.minusYears(5);
    private static final LocalDate LAST_YEAR = TODAY.minusYears(1);

    // ---- evidence builders ----

    private static Evidence.Rating rating(Map<Capability, Integer> scores) {
        return new Evidence.Rating(2025, scores);
    }

    private static Evidence.Training training(String hours, LocalDate completedOn, Capability... capabilities) {
        return new Evidence.Training("专题培训", Set.of(capabilities), new BigDecimal(hours), completedOn);
    }

    private static Evidence.Posting posting(Evaluation evaluation, Capability... capabilities) {
        return new Evidence.Posting("挂职锻炼", Set.of(capabilities), evaluation, LAST_YEAR);
    }

    /** A measure of {@code form} whose influence runs from {@code appliedOn} through {@code influenceUntil}. */
    private static MeasureOnRecord measure(int form, LocalDate appliedOn, LocalDate influenceUntil) {
        return new MeasureOnRecord(UUID.randomUUID(), MeasureType.ADMONISHMENT, form, appliedOn, Influence.months(6),
                influenceUntil, List.of(), null, false, null);
    }

    private static Evidence.Finding finding(Capability capability, Severity severity, LocalDate recordedOn) {
        return new Evidence.Finding("落实不力", capability, severity, recordedOn);
    }

    private static Evidence with(Optional<Evidence.Rating> rating, List<Evidence.Training> training,
            List<Evidence.Posting> postings, List<MeasureOnRecord> measures, List<Evidence.Finding> findings) {
        return Evidence.of(rating, training, postings, measures, findings);
    }

    private static Evidence ratedAt(int score, Capability capability) {
        return with(Optional.of(rating(Map.of(capability, score))), List.of(), List.of(), List.of(), List.of());
    }

    private static Evidence trainings(Evidence.Training... training) {
        return with(Optional.empty(), List.of(training), List.of(), List.of(), List.of());
    }

    private static Evidence postings(Evidence.Posting... postings) {
        return with(Optional.empty(), List.of(), List.of(postings), List.of(), List.of());
    }

    private static Evidence measures(MeasureOnRecord... measures) {
        return with(Optional.empty(), List.of(), List.of(), List.of(measures), List.of());
    }

    private static Evidence findings(Evidence.Finding... findings) {
        return with(Optional.empty(), List.of(), List.of(), List.of(), List.of(findings));
    }

    // ---- reading the profile ----

    private static Map<Capability, Score> profile(Evidence evidence) {
        return CapabilityScoring.score(evidence, TODAY, Policies.DEFAULTS, DailyEvidencePolicy.defaults());
    }

    private static Score score(Evidence evidence, Capability capability) {
        return profile(evidence).get(capability);
    }

    private static List<Component> components(Score score, Source source) {
        return score.components().stream().filter(c -> c.source() == source).toList();
    }

    private static int points(Score score, Source source) {
        return components(score, source).stream().mapToInt(Component::points).sum();
    }

    @Nested
    @DisplayName("base score")
    class Base {

        @Test
        @DisplayName("without any evidence every capability scores the unrated base 60, explained by one UNRATED line")
        void noEvidence() {
            Map<Capability, Score> profile = profile(Evidence.none());
            assertEquals(EnumSet.allOf(Capability.class), profile.keySet());
            for (Capability c : Capability.values()) {
                Score s = profile.get(c);
                assertAll(c.name(),
                        () -> assertEquals(c, s.capability()),
                        () -> assertEquals(60, s.score()),
                        () -> assertEquals(1, s.components().size()),
                        () -> assertEquals(Source.UNRATED, s.components().get(0).source()),
                        () -> assertEquals(60, s.components().get(0).points()));
            }
        }

        @Test
        @DisplayName("the latest review's rating replaces the base score for the capabilities it rated, and only those")
        void ratingOverridesBase() {
            Map<Capability, Score> profile = profile(ratedAt(82, LEARNING));
            Score learning = profile.get(LEARNING);
            assertAll(
                    () -> assertEquals(82, learning.score()),
                    () -> assertEquals(List.of(Source.RATING), learning.components().stream().map(Component::source).toList()),
                    () -> assertTrue(learning.components().get(0).detail().contains("2025"), "names the review year"),
                    () -> assertEquals(60, profile.get(MASS_WORK).score()),
                    () -> assertEquals(Source.UNRATED, profile.get(MASS_WORK).components().get(0).source()));
        }
    }

    @Nested
    @DisplayName("training 学时 in the capability (0.5 point per hour, at most 15, over 5 years)")
    class Training {

        @Test
        @DisplayName("10 training hours in risk management add 5 points to risk management only")
        void tenHoursAddFive() {
            Map<Capability, Score> profile = profile(trainings(training("10", LAST_YEAR, RISK_MANAGEMENT)));
            assertAll(
                    () -> assertEquals(65, profile.get(RISK_MANAGEMENT).score()),
                    () -> assertEquals(5, points(profile.get(RISK_MANAGEMENT), Source.TRAINING)),
                    () -> assertEquals(60, profile.get(LEARNING).score()),
                    () -> assertEquals(List.of(), components(profile.get(LEARNING), Source.TRAINING)));
        }

        @Test
        @DisplayName("hours of several courses in the capability add up; a course counts for each capability it covers")
        void hoursAddUp() {
            Map<Capability, Score> profile = profile(trainings(
                    training("6", LAST_YEAR, RISK_MANAGEMENT), training("4", LAST_YEAR, RISK_MANAGEMENT, LEARNING)));
            assertAll(
                    () -> assertEquals(5, points(profile.get(RISK_MANAGEMENT), Source.TRAINING)),
                    () -> assertEquals(2, points(profile.get(LEARNING), Source.TRAINING)));
        }

        @Test
        @DisplayName("half points round up (3 hours → 1.5 → 2 points)")
        void roundsHalfUp() {
            assertEquals(2, points(score(trainings(training("3", LAST_YEAR, LEARNING)), LEARNING), Source.TRAINING));
        }

        @Test
        @DisplayName("training points are capped at 15 (40 hours → 15, not 20)")
        void capped() {
            Score s = score(trainings(training("40", LAST_YEAR, LEARNING)), LEARNING);
            assertAll(() -> assertEquals(15, points(s, Source.TRAINING)), () -> assertEquals(75, s.score()));
        }

        @Test
        @DisplayName("training completed exactly 5 years ago is outside the window, one day later is inside")
        void windowBoundary() {
            assertAll(
                    () -> assertEquals(60, score(trainings(training("10", FIVE_YEARS_AGO, LEARNING)), LEARNING).score()),
                    () -> assertEquals(65,
                            score(trainings(training("10", FIVE_YEARS_AGO.plusDays(1), LEARNING)), LEARNING).score()));
        }

        @Test
        @DisplayName("training completed today counts, training dated in the future does not")
        void todayAndFuture() {
            assertAll(
                    () -> assertEquals(65, score(trainings(training("10", TODAY, LEARNING)), LEARNING).score()),
                    () -> assertEquals(60, score(trainings(training("10", TODAY.plusDays(1), LEARNING)), LEARNING).score()));
        }
    }

    @Nested
    @DisplayName("completed postings exercising the capability (by evaluation, at most 15)")
    class Postings {

        @ParameterizedTest(name = "a posting evaluated {0} adds {1} points")
        @CsvSource({ "EXCELLENT, 10", "GOOD, 7", "PASSED, 4", "FAILED, 0" })
        @DisplayName("points per posting follow the host's evaluation")
        void pointsByEvaluation(Evaluation evaluation, int expected) {
            Score s = score(postings(posting(evaluation, MASS_WORK)), MASS_WORK);
            assertAll(
                    () -> assertEquals(expected, points(s, Source.POSTING)),
                    () -> assertEquals(1, components(s, Source.POSTING).size(), "the posting is listed even at 0 points"),
                    () -> assertEquals(60 + expected, s.score()));
        }

        @Test
        @DisplayName("posting points add up to the cap of 15 (two EXCELLENT postings → 15, not 20)")
        void capped() {
            Score s = score(postings(posting(Evaluation.EXCELLENT, MASS_WORK), posting(Evaluation.EXCELLENT, MASS_WORK)),
                    MASS_WORK);
            assertAll(() -> assertEquals(15, points(s, Source.POSTING)), () -> assertEquals(75, s.score()));
        }

        @Test
        @DisplayName("a posting counts only for the capabilities it exercised")
        void onlyItsCapabilities() {
            assertEquals(60, score(postings(posting(Evaluation.EXCELLENT, MASS_WORK)), LEARNING).score());
        }
    }

    @Nested
    @DisplayName("supervision measures in their influence period (political leadership and law-based governance)")
    class Measures {

        private final MeasureOnRecord activeForm2 = measure(2, TODAY.minusMonths(2), TODAY.plusMonths(4));

        @Test
        @DisplayName("an active form-2 measure takes 10 points off political leadership and law-based governance only")
        void onlyMeasureCapabilities() {
            Map<Capability, Score> profile = profile(measures(activeForm2));
            assertAll(
                    () -> assertEquals(50, profile.get(POLITICAL_LEADERSHIP).score()),
                    () -> assertEquals(50, profile.get(LAW_BASED_GOVERNANCE).score()),
                    () -> assertEquals(-10, points(profile.get(POLITICAL_LEADERSHIP), Source.MEASURE)),
                    () -> assertEquals(60, profile.get(LEARNING).score()),
                    () -> assertEquals(List.of(), components(profile.get(RISK_MANAGEMENT), Source.MEASURE)));
        }

        @Test
        @DisplayName("the evidence says a measure's effect and its end, never its type or form (HR reads profiles)")
        void theEvidenceNamesNoMeasure() {
            String detail = components(profile(measures(activeForm2)).get(POLITICAL_LEADERSHIP), Source.MEASURE).get(0).detail();
            assertTrue(detail.contains("影响期至 " + TODAY.plusMonths(4)), detail);
            for (String secret : List.of("诫勉", "形态", TODAY.minusMonths(2).toString())) {
                assertTrue(!detail.contains(secret), detail);
            }
        }

        @ParameterizedTest(name = "form {0} → −{1}")
        @CsvSource({ "1, 5", "2, 10", "3, 15", "4, 20" })
        @DisplayName("the penalty grows with the form of supervision (四种形态)")
        void penaltyByForm(int form, int penalty) {
            Score s = score(measures(measure(form, TODAY.minusMonths(1), TODAY.plusMonths(1))), POLITICAL_LEADERSHIP);
            assertEquals(60 - penalty, s.score());
        }

        @Test
        @DisplayName("a measure whose influence period ended yesterday, or a revoked one, costs nothing")
        void onlyWhileActive() {
            MeasureOnRecord expired = measure(2, TODAY.minusMonths(6), TODAY.minusDays(1));
            MeasureOnRecord revoked = measure(2, TODAY.minusMonths(1), TODAY.plusMonths(5)).revoked(TODAY.minusDays(3));
            Score s = score(measures(expired, revoked), POLITICAL_LEADERSHIP);
            assertAll(() -> assertEquals(60, s.score()), () -> assertEquals(List.of(), components(s, Source.MEASURE)));
        }

        @Test
        @DisplayName("a measure in influence until today still costs its points")
        void lastDayCounts() {
            assertEquals(50, score(measures(measure(2, TODAY.minusMonths(6), TODAY)), LAW_BASED_GOVERNANCE).score());
        }
    }

    @Nested
    @DisplayName("inspection findings naming the cadre (by severity, on the finding's capability)")
    class Findings {

        @ParameterizedTest(name = "{0} finding → −{1}")
        @CsvSource({ "MINOR, 3", "SERIOUS, 6", "GRAVE, 10" })
        @DisplayName("a finding costs points by severity on its own capability only")
        void penaltyBySeverity(Severity severity, int penalty) {
            Map<Capability, Score> profile = profile(findings(finding(MASS_WORK, severity, LAST_YEAR)));
            assertAll(
                    () -> assertEquals(60 - penalty, profile.get(MASS_WORK).score()),
                    () -> assertEquals(-penalty, points(profile.get(MASS_WORK), Source.FINDING)),
                    () -> assertEquals(60, profile.get(LEARNING).score()));
        }

        @Test
        @DisplayName("a finding recorded exactly 5 years ago is outside the window, one day later inside")
        void windowBoundary() {
            assertAll(
                    () -> assertEquals(60,
                            score(findings(finding(MASS_WORK, Severity.GRAVE, FIVE_YEARS_AGO)), MASS_WORK).score()),
                    () -> assertEquals(50, score(findings(finding(MASS_WORK, Severity.GRAVE, FIVE_YEARS_AGO.plusDays(1))),
                            MASS_WORK).score()));
        }
    }

    @Nested
    @DisplayName("the total")
    class Total {

        @Test
        @DisplayName("the score never exceeds 100")
        void clampedAtHundred() {
            Evidence evidence = with(Optional.of(rating(Map.of(LEARNING, 95))), List.of(training("40", LAST_YEAR, LEARNING)),
                    List.of(posting(Evaluation.EXCELLENT, LEARNING), posting(Evaluation.EXCELLENT, LEARNING)), List.of(),
                    List.of());
            Score s = score(evidence, LEARNING);
            assertAll(() -> assertEquals(100, s.score()), () -> assertEquals(125, s.components().stream()
                    .mapToInt(Component::points).sum(), "the explanation still shows every point"));
        }

        @Test
        @DisplayName("the score never falls below 0")
        void clampedAtZero() {
            Evidence evidence = with(Optional.of(rating(Map.of(POLITICAL_LEADERSHIP, 15))), List.of(), List.of(),
                    List.of(measure(4, TODAY.minusMonths(1), TODAY.plusMonths(1))),
                    List.of(finding(POLITICAL_LEADERSHIP, Severity.GRAVE, LAST_YEAR)));
            assertEquals(0, score(evidence, POLITICAL_LEADERSHIP).score());
        }

        @Test
        @DisplayName("when not clamped, the explanation's points add up to the score")
        void componentsSumToScore() {
            Evidence evidence = with(Optional.of(rating(Map.of(POLITICAL_LEADERSHIP, 70))),
                    List.of(training("12", LAST_YEAR, POLITICAL_LEADERSHIP)),
                    List.of(posting(Evaluation.GOOD, POLITICAL_LEADERSHIP)),
                    List.of(measure(1, TODAY.minusMonths(1), TODAY.plusMonths(1))),
                    List.of(finding(POLITICAL_LEADERSHIP, Severity.MINOR, LAST_YEAR)));
            Score s = score(evidence, POLITICAL_LEADERSHIP);
            assertAll(
                    () -> assertEquals(70 + 6 + 7 - 5 - 3, s.score()),
                    () -> assertEquals(s.score(), s.components().stream().mapToInt(Component::points).sum()),
                    () -> assertEquals(List.of(Source.RATING, Source.TRAINING, Source.POSTING, Source.MEASURE, Source.FINDING),
                            s.components().stream().map(Component::source).toList()));
        }
    }

    @Nested
    @DisplayName("daily work: leadership-team study, the grassroots contact point, research (local practice, configurable)")
    class DailyWork {

        private Evidence daily(List<Evidence.Study> studies, List<Evidence.Visit> visits, List<Evidence.Research> research) {
            return new Evidence(Optional.empty(), List.of(), List.of(), List.of(), List.of(), studies, visits, research);
        }

        private Evidence.Study study(LocalDate heldOn, Capability... capabilities) {
            return new Evidence.Study("学习贯彻全会精神", Set.of(capabilities), heldOn);
        }

        @Test
        @DisplayName("each study session attended adds a point to each capability it studied, up to 5, over the window")
        void studySessions() {
            Evidence evidence = daily(List.of(study(LAST_YEAR, LEARNING, POLITICAL_LEADERSHIP), study(LAST_YEAR, LEARNING),
                    study(FIVE_YEARS_AGO, LEARNING)), List.of(), List.of());
            Score learning = score(evidence, LEARNING);
            assertAll(
                    () -> assertEquals(62, learning.score(), "two sessions in the window; the one on its first day is out"),
                    () -> assertEquals(2, points(learning, Source.STUDY)),
                    () -> assertTrue(components(learning, Source.STUDY).get(0).detail().contains("理论学习中心组学习 2 次"),
                            components(learning, Source.STUDY).get(0).detail()),
                    () -> assertEquals(1, points(score(evidence, POLITICAL_LEADERSHIP), Source.STUDY)),
                    () -> assertEquals(0, points(score(evidence, MASS_WORK), Source.STUDY)));
            List<Evidence.Study> many = java.util.Collections.nCopies(9, study(LAST_YEAR, LEARNING));
            Component capped = components(score(daily(many, List.of(), List.of()), LEARNING), Source.STUDY).get(0);
            assertEquals(5, capped.points());
            assertEquals("profile.STUDY.CAPPED", capped.code());
        }

        @Test
        @DisplayName("visits to the contact point count for mass work: a point a visit and a point a problem solved, up to 8")
        void contactPointVisits() {
            Evidence evidence = daily(List.of(), List.of(new Evidence.Visit(LAST_YEAR, 2), new Evidence.Visit(TODAY, 0)),
                    List.of());
            Score massWork = score(evidence, MASS_WORK);
            assertAll(
                    () -> assertEquals(4, points(massWork, Source.VISIT), "2 visits + 2 problems solved"),
                    () -> assertTrue(components(massWork, Source.VISIT).get(0).detail().contains("走访 2 次，解决问题 2 个"),
                            components(massWork, Source.VISIT).get(0).detail()),
                    () -> assertEquals(0, points(score(evidence, LEARNING), Source.VISIT), "mass work only"));
            Evidence busy = daily(List.of(), List.of(new Evidence.Visit(LAST_YEAR, 10)), List.of());
            assertEquals(8, points(score(busy, MASS_WORK), Source.VISIT));
        }

        @Test
        @DisplayName("a research report adds 2 points to the capabilities it bears on, 3 more once adopted, up to 10")
        void researchReports() {
            Evidence evidence = daily(List.of(), List.of(), List.of(
                    new Evidence.Research("农村寄递调研", Set.of(Capability.SCIENTIFIC_DEVELOPMENT), LAST_YEAR, true),
                    new Evidence.Research("安全监管调研", Set.of(Capability.SCIENTIFIC_DEVELOPMENT, RISK_MANAGEMENT), TODAY, false)));
            Score development = score(evidence, Capability.SCIENTIFIC_DEVELOPMENT);
            assertAll(
                    () -> assertEquals(7, points(development, Source.RESEARCH)),
                    () -> assertTrue(components(development, Source.RESEARCH).get(0).detail().contains("调研报告 2 篇，其中成果转化运用 1 篇"),
                            components(development, Source.RESEARCH).get(0).detail()),
                    () -> assertEquals(2, points(score(evidence, RISK_MANAGEMENT), Source.RESEARCH)));
        }
    }
}
