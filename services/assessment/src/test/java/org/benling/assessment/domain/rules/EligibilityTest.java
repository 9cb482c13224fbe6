package org.benling.assessment.domain.rules;

import org.benling.contracts.inspection.InfluencePeriod;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.benling.contracts.assessment.Grade;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Promotion eligibility as a candidate (选任条例 art. 24)")
class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    private static InfluencePeriod measure(LocalDate appliedOn, LocalDate influenceUntil, boolean revoked) {
        return new InfluencePeriod(UUID.randomUUID(), 2, "诫勉", appliedOn, influenceUntil, null, revoked);
    }

    private static final InfluencePeriod ACTIVE = measure(TODAY.minusMonths(3), TODAY.plusMonths(3), false);

    private static Eligibility.Result evaluate(Optional<Grade> lastYearGrade, InfluencePeriod... measures) {
        return Eligibility.evaluate(TODAY, lastYearGrade, List.of(measures));
    }

    private static List<String> codes(Eligibility.Result result) {
        return result.reasons().stream().map(Eligibility.Reason::code).toList();
    }

    @ParameterizedTest(name = "last year {0} → not eligible")
    @EnumSource(value = Grade.class, names = { "BASICALLY_COMPETENT", "INCOMPETENT" })
    @DisplayName("last year's grade 基本称职 or lower blocks promotion (LAST_GRADE)")
    void lowLastGradeBlocks(Grade grade) {
        Eligibility.Result result = evaluate(Optional.of(grade));
        assertAll(() -> assertFalse(result.eligible()), () -> assertEquals(List.of("LAST_GRADE"), codes(result)));
    }

    @ParameterizedTest(name = "last year {0} → eligible")
    @EnumSource(value = Grade.class, names = { "EXCELLENT", "COMPETENT" })
    @DisplayName("last year's grade 称职 or 优秀 does not block promotion")
    void goodLastGradeEligible(Grade grade) {
        Eligibility.Result result = evaluate(Optional.of(grade));
        assertAll(() -> assertTrue(result.eligible()), () -> assertEquals(List.of(), result.reasons()));
    }

    @Test
    @DisplayName("no grade last year does not block promotion")
    void noGradeEligible() {
        assertTrue(evaluate(Optional.empty()).eligible());
    }

    @Test
    @DisplayName("a supervision measure in its influence period today blocks promotion (MEASURE_IN_INFLUENCE)")
    void activeMeasureBlocks() {
        Eligibility.Result result = evaluate(Optional.of(Grade.COMPETENT), ACTIVE);
        assertAll(
                () -> assertFalse(result.eligible()),
                () -> assertEquals(List.of("MEASURE_IN_INFLUENCE"), codes(result)),
                () -> assertTrue(result.reasons().get(0).message().contains(TODAY.plusMonths(3).toString()),
                        "the message names the last day of influence"));
    }

    @Test
    @DisplayName("a measure whose influence period is in force on its last day (today) still blocks")
    void measureEndingTodayBlocks() {
        assertFalse(evaluate(Optional.empty(), measure(TODAY.minusMonths(6), TODAY, false)).eligible());
    }

    @Test
    @DisplayName("a measure whose influence period ended yesterday no longer blocks")
    void expiredMeasureEligible() {
        assertTrue(evaluate(Optional.empty(), measure(TODAY.minusMonths(6), TODAY.minusDays(1), false)).eligible());
    }

    @Test
    @DisplayName("a revoked measure (撤销) does not block")
    void revokedMeasureEligible() {
        assertTrue(evaluate(Optional.empty(), measure(TODAY.minusMonths(3), TODAY.plusMonths(3), true)).eligible());
    }

    @Test
    @DisplayName("a low grade and an active measure are both listed as reasons")
    void bothReasons() {
        Eligibility.Result result = evaluate(Optional.of(Grade.INCOMPETENT), ACTIVE);
        assertAll(
                () -> assertFalse(result.eligible()),
                () -> assertEquals(List.of("LAST_GRADE", "MEASURE_IN_INFLUENCE"), codes(result)));
    }

    @Test
    @DisplayName("each active measure is listed as its own reason")
    void twoMeasures() {
        Eligibility.Result result = evaluate(Optional.empty(), ACTIVE, ACTIVE);
        assertEquals(List.of("MEASURE_IN_INFLUENCE", "MEASURE_IN_INFLUENCE"), codes(result));
    }

    @Test
    @DisplayName("\"last year\" is the year before today's year, and the reason says which year")
    void lastYearNamed() {
        LocalDate newYear = LocalDate.of(2026, 1, 5);
        Eligibility.Result result = Eligibility.evaluate(newYear, Optional.of(Grade.BASICALLY_COMPETENT), List.of());
        String message = result.reasons().get(0).message();
        assertAll(
                () -> assertTrue(message.contains("2025"), message),
                () -> assertFalse(message.contains("2026"), message),
                () -> assertTrue(message.contains("基本称职"), message));
    }
}
