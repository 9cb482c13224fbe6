package org.benling.rotation.domain.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.inspection.InfluencePeriod;
import org.benling.rotation.domain.rules.ProposalEligibility.LastGrade;
import org.benling.rotation.domain.rules.ProposalEligibility.Reason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Who may be proposed for a practice posting: last grade and supervision measures")
class ProposalEligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final LocalDate APPLIED = TODAY.minusMonths(3);
    private static final LocalDate UNTIL = TODAY.plusMonths(3);

    private static InfluencePeriod measure(LocalDate appliedOn, LocalDate influenceUntil, LocalDate liftedOn,
            boolean revoked) {
        return new InfluencePeriod(UUID.randomUUID(), 2, "诫勉", appliedOn, influenceUntil, liftedOn, revoked);
    }

    private static final InfluencePeriod ACTIVE = measure(APPLIED, UNTIL, null, false);

    private static List<Reason> refusals(Optional<LastGrade> lastGrade, InfluencePeriod... measures) {
        return ProposalEligibility.refusals(lastGrade, List.of(measures), TODAY);
    }

    private static Optional<LastGrade> grade(int year, Grade grade) {
        return Optional.of(new LastGrade(year, grade));
    }

    private static List<String> codes(List<Reason> reasons) {
        return reasons.stream().map(Reason::code).toList();
    }

    @ParameterizedTest(name = "last grade {0} → refused")
    @EnumSource(value = Grade.class, names = { "BASICALLY_COMPETENT", "INCOMPETENT" })
    @DisplayName("a last annual grade of 基本称职 or 不称职 refuses the proposal (LAST_GRADE), naming the year and grade")
    void lowLastGradeRefused(Grade g) {
        List<Reason> reasons = refusals(grade(2025, g));
        assertEquals(List.of("LAST_GRADE"), codes(reasons));
        String message = reasons.get(0).message();
        assertAll(
                () -> assertTrue(message.contains("2025"), message),
                () -> assertTrue(message.contains(g.chineseName()), message));
    }

    @ParameterizedTest(name = "last grade {0} → may be proposed")
    @EnumSource(value = Grade.class, names = { "EXCELLENT", "COMPETENT" })
    @DisplayName("a last annual grade of 称职 or 优秀 does not refuse")
    void goodLastGradeAccepted(Grade g) {
        assertEquals(List.of(), refusals(grade(2025, g)));
    }

    @Test
    @DisplayName("no annual grade yet (e.g. newly appointed) does not refuse")
    void noGrade() {
        assertEquals(List.of(), refusals(Optional.empty()));
    }

    @Test
    @DisplayName("a supervision measure in its influence period today refuses (MEASURE_IN_INFLUENCE), naming its last day")
    void activeMeasureRefused() {
        List<Reason> reasons = refusals(Optional.empty(), ACTIVE);
        assertEquals(List.of("MEASURE_IN_INFLUENCE"), codes(reasons));
        String message = reasons.get(0).message();
        assertAll(
                () -> assertTrue(message.contains(UNTIL.toString()), message),
                () -> assertTrue(message.contains("诫勉"), message));
    }

    @Test
    @DisplayName("a measure whose influence period has expired does not refuse")
    void expiredMeasure() {
        assertEquals(List.of(), refusals(Optional.empty(), measure(TODAY.minusYears(1), TODAY.minusDays(1), null, false)));
    }

    @Test
    @DisplayName("a measure lifted early (before today) does not refuse")
    void liftedEarly() {
        assertEquals(List.of(), refusals(Optional.empty(), measure(APPLIED, UNTIL, TODAY.minusDays(10), false)));
    }

    @Test
    @DisplayName("a measure lifted with effect from today no longer refuses")
    void liftedToday() {
        assertEquals(List.of(), refusals(Optional.empty(), measure(APPLIED, UNTIL, TODAY, false)));
    }

    @Test
    @DisplayName("a revoked measure (撤销) never counted and does not refuse")
    void revoked() {
        assertEquals(List.of(), refusals(Optional.empty(), measure(APPLIED, UNTIL, TODAY.minusDays(10), true)));
    }

    @Test
    @DisplayName("a measure applied in the future does not yet refuse")
    void notYetApplied() {
        assertEquals(List.of(), refusals(Optional.empty(), measure(TODAY.plusDays(1), TODAY.plusMonths(6), null, false)));
    }

    @Test
    @DisplayName("both reasons are given together: the grade first, then the measure")
    void bothReasons() {
        List<Reason> reasons = refusals(grade(2025, Grade.BASICALLY_COMPETENT), ACTIVE);
        assertEquals(List.of("LAST_GRADE", "MEASURE_IN_INFLUENCE"), codes(reasons));
    }

    @Test
    @DisplayName("each measure in influence is a reason of its own; expired ones are left out")
    void oneReasonPerActiveMeasure() {
        InfluencePeriod other = measure(TODAY.minusMonths(1), TODAY.plusMonths(11), null, false);
        InfluencePeriod expired = measure(TODAY.minusYears(2), TODAY.minusYears(1), null, false);
        assertEquals(List.of("MEASURE_IN_INFLUENCE", "MEASURE_IN_INFLUENCE"),
                codes(refusals(grade(2025, Grade.COMPETENT), ACTIVE, expired, other)));
    }
}
