package org.benling.training.domain.rules;

import static org.benling.training.domain.rules.ComplianceStatus.COMPLIANT;
import static org.benling.training.domain.rules.ComplianceStatus.GRACE;
import static org.benling.training.domain.rules.ComplianceStatus.SHORTFALL;
import static org.benling.training.domain.rules.RequirementKind.ROLLING_FIVE_YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.benling.contracts.personnel.RankLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

// 干部教育培训工作条例（2023）：县处级以上领导干部每5年累计3个月或550学时；提拔时未达到的，任职1年内完成
class RollingFiveYearHoursTest {

    static final TrainingPolicy REGULATION = TrainingPolicy.regulation();
    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    static HoursTotals fiveYears(String hours, int offJobDays) {
        // enough online hours this year, so only the five-year rule is under test
        return new HoursTotals(new BigDecimal(hours), offJobDays, new BigDecimal("50"), 0, new BigDecimal("50"));
    }

    static Requirement rolling(RankLevel rank, LocalDate rankSince, HoursTotals totals, LocalDate today) {
        return HoursCompliance.assess(rank, rankSince, totals, today, REGULATION).requirement(ROLLING_FIVE_YEAR);
    }

    @ParameterizedTest
    @EnumSource(value = RankLevel.class, names = {"BUREAU_PRINCIPAL", "BUREAU_DEPUTY", "DIVISION_PRINCIPAL",
            "DIVISION_DEPUTY"})
    void aCountyLevelCadreOrAboveWith550HoursInTheLastFiveYearsComplies(RankLevel rank) {
        Requirement r = rolling(rank, null, fiveYears("550", 0), TODAY);
        assertEquals(COMPLIANT, r.status());
        assertEquals(new BigDecimal("550.00"), r.requiredHours());
        assertEquals(new BigDecimal("0.00"), r.missingHours());
        assertNull(r.dueBy());
    }

    @Test
    void aCountyLevelCadreWithOneHundredthOfAnHourLessFallsShort() {
        Requirement r = rolling(RankLevel.DIVISION_PRINCIPAL, null, fiveYears("549.99", 89), TODAY);
        assertEquals(SHORTFALL, r.status());
        assertEquals(new BigDecimal("0.01"), r.missingHours());
        assertNull(r.dueBy());
    }

    @Test
    void theFiveYearsAreTheFiveYearsEndingToday() {
        Requirement r = rolling(RankLevel.DIVISION_DEPUTY, null, fiveYears("600", 0), TODAY);
        assertEquals(LocalDate.of(2021, 3, 16), r.windowStart());
        assertEquals(TODAY, r.windowEnd());
    }

    @ParameterizedTest(name = "{0} days off the job with {1} hours: {2}")
    @CsvSource({
        "90, 0,     COMPLIANT",
        "90, 300,   COMPLIANT",
        "89, 300,   SHORTFALL",
        "89, 550,   COMPLIANT",
    })
    void ninetyDaysOffTheJobCompliesEvenWithFewerHours(int days, String hours, ComplianceStatus expected) {
        Requirement r = rolling(RankLevel.DIVISION_PRINCIPAL, null, fiveYears(hours, days), TODAY);
        assertEquals(expected, r.status());
        assertEquals(90, r.requiredOffJobDays());
        assertEquals(days, r.achievedOffJobDays());
    }

    @Test
    void whenThreeMonthsOffTheJobMeetTheRuleNoHoursAreMissing() {
        assertEquals(new BigDecimal("0.00"),
                rolling(RankLevel.DIVISION_PRINCIPAL, null, fiveYears("300", 90), TODAY).missingHours());
        assertEquals(new BigDecimal("250.00"),
                rolling(RankLevel.DIVISION_PRINCIPAL, null, fiveYears("300", 89), TODAY).missingHours());
    }

    @Test
    void aCadrePromotedInJuneWhoHasNotMetTheHoursIsInGraceUntilNextJuneThenInShortfall() {
        LocalDate promoted = LocalDate.of(2025, 6, 15);
        HoursTotals behind = fiveYears("200", 10);

        Requirement lastDayOfGrace = rolling(RankLevel.DIVISION_PRINCIPAL, promoted, behind, LocalDate.of(2026, 6, 14));
        assertEquals(GRACE, lastDayOfGrace.status());
        assertEquals(LocalDate.of(2026, 6, 15), lastDayOfGrace.dueBy());
        assertEquals(new BigDecimal("350.00"), lastDayOfGrace.missingHours());

        Requirement aYearOn = rolling(RankLevel.DIVISION_PRINCIPAL, promoted, behind, LocalDate.of(2026, 6, 15));
        assertEquals(SHORTFALL, aYearOn.status());
        assertNull(aYearOn.dueBy());
    }

    @Test
    void aPromotionMidYearMovesTheCadreFromTheAnnualRuleToTheFiveYearRuleWithAYearsGrace() {
        LocalDate promoted = LocalDate.of(2026, 7, 1);
        HoursTotals totals = new HoursTotals(new BigDecimal("260"), 0, new BigDecimal("40"), 0, new BigDecimal("30"));

        ComplianceAssessment before = HoursCompliance.assess(RankLevel.SECTION_PRINCIPAL, LocalDate.of(2020, 1, 1),
                totals, LocalDate.of(2026, 6, 30), REGULATION);
        assertEquals(List.of(RequirementKind.ANNUAL, RequirementKind.ONLINE_ANNUAL), kinds(before));

        ComplianceAssessment after = HoursCompliance.assess(RankLevel.DIVISION_DEPUTY, promoted, totals,
                LocalDate.of(2026, 9, 1), REGULATION);
        assertEquals(List.of(ROLLING_FIVE_YEAR, RequirementKind.ONLINE_ANNUAL), kinds(after));
        assertEquals(GRACE, after.requirement(ROLLING_FIVE_YEAR).status());
        assertEquals(LocalDate.of(2027, 7, 1), after.requirement(ROLLING_FIVE_YEAR).dueBy());
    }

    @Test
    void aPromotedCadreWhoAlreadyMeetsTheRuleSimplyComplies() {
        Requirement r = rolling(RankLevel.DIVISION_PRINCIPAL, TODAY.minusMonths(2), fiveYears("560", 0), TODAY);
        assertEquals(COMPLIANT, r.status());
        assertNull(r.dueBy());
    }

    @Test
    void withoutAKnownPromotionDateThereIsNoGrace() {
        assertEquals(SHORTFALL, rolling(RankLevel.DIVISION_PRINCIPAL, null, fiveYears("0", 0), TODAY).status());
    }

    @Test
    void aCadrePromotedLongAgoHasNoGraceLeft() {
        assertEquals(SHORTFALL, rolling(RankLevel.BUREAU_DEPUTY, LocalDate.of(2019, 1, 1), fiveYears("100", 0),
                TODAY).status());
    }

    static List<RequirementKind> kinds(ComplianceAssessment a) {
        return a.requirements().stream().map(Requirement::kind).toList();
    }
}
