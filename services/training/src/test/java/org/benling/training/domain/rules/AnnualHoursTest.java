package org.benling.training.domain.rules;

import static org.benling.training.domain.rules.ComplianceStatus.AT_RISK;
import static org.benling.training.domain.rules.ComplianceStatus.COMPLIANT;
import static org.benling.training.domain.rules.ComplianceStatus.ON_TRACK;
import static org.benling.training.domain.rules.ComplianceStatus.SHORTFALL;
import static org.benling.training.domain.rules.RequirementKind.ANNUAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.benling.contracts.personnel.RankLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// 干部教育培训工作条例（2023）：乡科级及以下干部每年累计不少于12天或90学时
class AnnualHoursTest {

    static final TrainingPolicy REGULATION = TrainingPolicy.regulation();

    static Requirement annual(RankLevel rank, String yearHours, int yearOffJobDays, LocalDate today) {
        // enough online hours, so only the annual rule is under test
        HoursTotals totals = new HoursTotals(new BigDecimal(yearHours), yearOffJobDays, new BigDecimal(yearHours),
                yearOffJobDays, new BigDecimal("50"));
        return HoursCompliance.assess(rank, null, totals, today, REGULATION).requirement(ANNUAL);
    }

    @ParameterizedTest(name = "{0} hours on 1 July 2026: {1}")
    @CsvSource({
        "40,    AT_RISK,   50.00",
        "44.87, AT_RISK,   45.13",
        "44.88, ON_TRACK,  45.12",
        "50,    ON_TRACK,  40.00",
        "90,    COMPLIANT, 0.00",
    })
    void aSectionLevelCadreAtMidYearWith40Of90HoursIsAtRiskWith50OnTrack(String hours, ComplianceStatus expected,
            String missing) {
        // 1 July is day 182 of 365: 90 × 182 / 365 = 44.88 hours expected by now
        Requirement r = annual(RankLevel.SECTION_PRINCIPAL, hours, 0, LocalDate.of(2026, 7, 1));
        assertEquals(expected, r.status());
        assertEquals(new BigDecimal(missing), r.missingHours());
        assertEquals(expected == COMPLIANT ? null : LocalDate.of(2026, 12, 31), r.dueBy());
    }

    @Test
    void theYearIsTheCalendarYear() {
        Requirement r = annual(RankLevel.SECTION_DEPUTY, "10", 0, LocalDate.of(2026, 7, 1));
        assertEquals(LocalDate.of(2026, 1, 1), r.windowStart());
        assertEquals(LocalDate.of(2026, 12, 31), r.windowEnd());
        assertEquals(new BigDecimal("90.00"), r.requiredHours());
        assertEquals(12, r.requiredOffJobDays());
    }

    @Test
    void twelveDaysOffTheJobMeetTheYearEvenWithFewerHours() {
        LocalDate lastDay = LocalDate.of(2026, 12, 31);
        Requirement r = annual(RankLevel.SECTION_DEPUTY, "60", 12, lastDay);
        assertEquals(COMPLIANT, r.status());
        assertEquals(new BigDecimal("0.00"), r.missingHours());
        assertNull(r.dueBy());
        assertEquals(SHORTFALL, annual(RankLevel.SECTION_DEPUTY, "60", 11, lastDay).status());
    }

    @Test
    void daysOffTheJobAtThePaceOfTheYearAreOnTrack() {
        // 1 July: 12 × 182 / 365 = 5.98 days expected by now
        assertEquals(ON_TRACK, annual(RankLevel.SECTION_PRINCIPAL, "20", 6, LocalDate.of(2026, 7, 1)).status());
        assertEquals(AT_RISK, annual(RankLevel.SECTION_PRINCIPAL, "20", 5, LocalDate.of(2026, 7, 1)).status());
    }

    @Test
    void on31DecemberUnmetHoursAreAShortfall() {
        Requirement r = annual(RankLevel.SECTION_PRINCIPAL, "89.99", 11, LocalDate.of(2026, 12, 31));
        assertEquals(SHORTFALL, r.status());
        assertEquals(new BigDecimal("0.01"), r.missingHours());
        assertEquals(LocalDate.of(2026, 12, 31), r.dueBy());
    }

    @Test
    void on30DecemberThereIsStillADayLeft() {
        assertEquals(ON_TRACK, annual(RankLevel.SECTION_PRINCIPAL, "89.99", 0, LocalDate.of(2026, 12, 30)).status());
        assertEquals(AT_RISK, annual(RankLevel.SECTION_PRINCIPAL, "80", 0, LocalDate.of(2026, 12, 30)).status());
    }

    @ParameterizedTest(name = "{0} hours on {1}: {2}")
    @CsvSource({
        // 2027: 1 July is day 182 of 365, 44.88 hours expected; 2028: day 183 of 366, exactly 45.00
        "44.90, 2027-07-01, ON_TRACK",
        "44.90, 2028-07-01, AT_RISK",
        "45.00, 2028-07-01, ON_TRACK",
        // in a leap year 31 December is day 366, still the last day
        "0,     2028-12-30, AT_RISK",
        "0,     2028-12-31, SHORTFALL",
    })
    void leapYear(String hours, LocalDate today, ComplianceStatus expected) {
        Requirement r = annual(RankLevel.SECTION_DEPUTY, hours, 0, today);
        assertEquals(expected, r.status());
        assertEquals(LocalDate.of(today.getYear(), 12, 31), r.windowEnd());
    }
}
