package org.benling.inspection.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 个人有关事项报告: the yearly report by 31 January, a change within 30 days; cadres are asked from 1 January. */
class PersonalMattersPolicyTest {

    static final PersonalMattersPolicy POLICY = PersonalMattersPolicy.defaults();

    @Test
    void theYearlyReportIsDueOnTheThirtyFirstOfJanuary() {
        assertEquals(LocalDate.of(2027, 1, 31), POLICY.annualDue(2027));
    }

    @Test
    void aChangeIsReportedWithinThirtyDays() {
        assertEquals(LocalDate.of(2027, 4, 9), POLICY.changeDue(LocalDate.of(2027, 3, 10)));
    }

    @Test
    void cadresAreAskedFromTheSeasonsOpeningToTheDueDayAndNotAfter() {
        assertEquals(Optional.of(2027), POLICY.seasonOn(LocalDate.of(2027, 1, 1)));
        assertEquals(Optional.of(2027), POLICY.seasonOn(LocalDate.of(2027, 1, 31)));
        assertEquals(Optional.empty(), POLICY.seasonOn(LocalDate.of(2027, 2, 1)), "late: the report is overdue, not asked");
        assertEquals(Optional.empty(), POLICY.seasonOn(LocalDate.of(2026, 12, 31)), "before the season");
    }

    @Test
    void aSeasonOpeningAfterTheDueDayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PersonalMattersPolicy(MonthDay.of(1, 31), 30,
                new BigDecimal("0.10"), 12, MonthDay.of(2, 1)));
    }
}
