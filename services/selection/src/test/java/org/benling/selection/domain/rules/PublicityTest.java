package org.benling.selection.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 任职前公示期不少于五个工作日; 公示结果不影响任职的，办理任职手续. */
class PublicityTest {

    static final SelectionPolicy REGULATION = SelectionPolicy.regulation();
    static final WorkingCalendar WEEKDAYS = WorkingCalendar.weekdays();

    @Test
    void fiveWorkingDaysFromAMondayEndOnFriday() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        assertEquals(LocalDate.of(2026, 12, 11), Publicity.lastDay(monday, WEEKDAYS, REGULATION));
    }

    @Test
    void aWeekendDoesNotCountAndAPublicityStartingOnOneBeginsOnMonday() {
        LocalDate wednesday = LocalDate.of(2026, 12, 9);
        assertEquals(LocalDate.of(2026, 12, 15), Publicity.lastDay(wednesday, WEEKDAYS, REGULATION));
        LocalDate saturday = LocalDate.of(2026, 12, 12);
        assertEquals(LocalDate.of(2026, 12, 18), Publicity.lastDay(saturday, WEEKDAYS, REGULATION));
    }

    @Test
    void holidaysDoNotCountAndAWeekendWorkedInTheirPlaceDoes() {
        // an operator's calendar: 28–30 December off, Sunday 27 December worked in their place
        WorkingCalendar calendar = new WorkingCalendar(
                Set.of(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30)),
                Set.of(LocalDate.of(2026, 12, 27)));
        // Thursday 24, Friday 25, Sunday 27 (worked), Thursday 31, Friday 1 January
        assertEquals(LocalDate.of(2027, 1, 1), Publicity.lastDay(LocalDate.of(2026, 12, 24), calendar, REGULATION));
    }

    @Test
    void theAppointmentFollowsTheLastDayAndOnlyWithNoObjectionOpen() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        assertEquals(Publicity.Refusal.PERIOD_RUNS, Publicity.refusal(monday, LocalDate.of(2026, 12, 11), 0, WEEKDAYS, REGULATION));
        assertNull(Publicity.refusal(monday, LocalDate.of(2026, 12, 12), 0, WEEKDAYS, REGULATION));
        assertEquals(Publicity.Refusal.OBJECTION_OPEN,
                Publicity.refusal(monday, LocalDate.of(2026, 12, 14), 1, WEEKDAYS, REGULATION));
    }
}
