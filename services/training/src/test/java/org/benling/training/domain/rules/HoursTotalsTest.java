package org.benling.training.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// 干部教育培训工作条例（2023）：“每5年”按截至今天的5年滚动计算，“每年”按自然年计算
class HoursTotalsTest {

    static final TrainingPolicy REGULATION = TrainingPolicy.regulation();

    static Credit offline(String date, String hours, int offJobDays) {
        return new Credit(LocalDate.parse(date), new BigDecimal(hours), false, offJobDays);
    }

    static Credit online(String date, String hours) {
        return new Credit(LocalDate.parse(date), new BigDecimal(hours), true, 0);
    }

    static HoursTotals totals(LocalDate today, Credit... credits) {
        return HoursTotals.of(List.of(credits), HoursCompliance.windows(today, REGULATION));
    }

    @Test
    void hoursFromFiveYearsAndOneDayAgoNoLongerCount() {
        LocalDate today = LocalDate.of(2026, 3, 15);
        assertEquals(new BigDecimal("0.00"), totals(today, offline("2021-03-15", "100", 0)).rollingHours());
        assertEquals(new BigDecimal("100.00"), totals(today, offline("2021-03-16", "100", 0)).rollingHours());
    }

    @ParameterizedTest(name = "today {0}: a credit on {1} counts: {2}")
    @CsvSource({
        // the window is the five years ending today, across year boundaries
        "2026-03-15, 2021-03-15, false",
        "2026-03-15, 2021-03-16, true",
        "2026-01-01, 2021-01-01, false",
        "2026-01-01, 2021-01-02, true",
        "2026-12-31, 2021-12-31, false",
        "2026-12-31, 2022-01-01, true",
        // leap day: five years before 29 February 2028 is 28 February 2023
        "2028-02-29, 2023-02-28, false",
        "2028-02-29, 2023-03-01, true",
        "2029-03-01, 2024-03-01, false",
        "2029-03-01, 2024-03-02, true",
        // today counts, tomorrow has not happened
        "2026-03-15, 2026-03-15, true",
        "2026-03-15, 2026-03-16, false",
    })
    void theRollingWindowIsTheFiveYearsEndingToday(LocalDate today, String creditOn, boolean counts) {
        HoursTotals t = totals(today, offline(creditOn, "100", 20));
        assertEquals(new BigDecimal(counts ? "100.00" : "0.00"), t.rollingHours());
        assertEquals(counts ? 20 : 0, t.rollingOffJobDays());
    }

    @Test
    void hoursTotalsOfOnlyCountsCreditsInsideEachWindow() {
        HoursTotals t = totals(LocalDate.of(2026, 3, 15),
                offline("2021-03-15", "40", 5), // more than five years ago: nowhere
                offline("2021-03-16", "100", 10), // five years: yes, this year: no
                offline("2025-12-31", "30", 3), // last year: five years only
                offline("2026-01-01", "20", 2), // this year: both
                online("2026-02-01", "12.5"),
                online("2026-03-15", "0.25"), // today: counts
                offline("2026-03-16", "7", 1)); // tomorrow: nowhere
        assertEquals(new BigDecimal("162.75"), t.rollingHours());
        assertEquals(15, t.rollingOffJobDays());
        assertEquals(new BigDecimal("32.75"), t.yearHours());
        assertEquals(2, t.yearOffJobDays());
        assertEquals(new BigDecimal("12.75"), t.yearOnlineHours());
    }

    @Test
    void onlineHoursFromLastYearDoNotCountForThisYear() {
        HoursTotals t = totals(LocalDate.of(2026, 1, 1), online("2025-12-31", "50"), online("2026-01-01", "1"));
        assertEquals(new BigDecimal("1.00"), t.yearOnlineHours());
        assertEquals(new BigDecimal("51.00"), t.rollingHours());
    }

    @Test
    void noCreditsAddUpToZero() {
        LocalDate today = LocalDate.of(2026, 3, 15);
        assertEquals(HoursTotals.zero(), totals(today));
        assertEquals(new BigDecimal("0.00"), HoursTotals.zero().yearOnlineHours());
    }

    @Test
    void theWindowsOfADay() {
        Windows w = HoursCompliance.windows(LocalDate.of(2028, 2, 29), REGULATION);
        assertEquals(new Windows(LocalDate.of(2023, 3, 1), LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31),
                LocalDate.of(2028, 2, 29)), w);
    }

    @Test
    void aCreditCannotHaveNegativeHoursOrDays() {
        assertThrows(IllegalArgumentException.class, () -> offline("2026-01-01", "-1", 0));
        assertThrows(IllegalArgumentException.class, () -> offline("2026-01-01", "1", -1));
        assertThrows(NullPointerException.class, () -> new Credit(null, BigDecimal.ONE, false, 0));
    }
}
