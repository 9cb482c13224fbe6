package org.benling.notification.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reminders 30, 7 and 1 days before a to-do is due: the one whose day came last, once the to-do exists. */
class ReminderScheduleTest {

    private static final ReminderSchedule SCHEDULE = new ReminderSchedule(List.of(30, 7, 1));
    private static final LocalDate OPENED = LocalDate.of(2026, 11, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 31);

    @Test
    void eachReminderIsDueOnItsDay() {
        assertEquals(Optional.empty(), SCHEDULE.dueOn(LocalDate.of(2026, 11, 30), OPENED, DUE));
        assertEquals(Optional.of(30), SCHEDULE.dueOn(LocalDate.of(2026, 12, 1), OPENED, DUE));
        assertEquals(Optional.of(7), SCHEDULE.dueOn(LocalDate.of(2026, 12, 24), OPENED, DUE));
        assertEquals(Optional.of(1), SCHEDULE.dueOn(LocalDate.of(2026, 12, 30), OPENED, DUE));
    }

    @Test
    void betweenTwoDaysTheLastReminderIsStillTheOneDue() {
        // the caller records each (to-do, offset) once: asking again sends nothing more
        assertEquals(Optional.of(30), SCHEDULE.dueOn(LocalDate.of(2026, 12, 10), OPENED, DUE));
    }

    @Test
    void aDayMissedIsCaughtUpWithTheReminderDueThenAndTheEarlierOneIsSkipped() {
        // the job did not run from 1 to 24 December: on the 25th, the 7-day reminder, not the 30-day one
        assertEquals(Optional.of(7), SCHEDULE.dueOn(LocalDate.of(2026, 12, 25), OPENED, DUE));
    }

    @Test
    void aToDoOpenedInsideAWindowIsNotRecalledAtOnce() {
        LocalDate openedWeekBefore = DUE.minusDays(7);
        assertEquals(Optional.empty(), SCHEDULE.dueOn(openedWeekBefore, openedWeekBefore, DUE));
        assertEquals(Optional.empty(), SCHEDULE.dueOn(DUE.minusDays(3), openedWeekBefore, DUE));
        assertEquals(Optional.of(1), SCHEDULE.dueOn(DUE.minusDays(1), openedWeekBefore, DUE));
    }

    @Test
    void nothingAfterTheDueDateAndOnItOnlyAZeroOffset() {
        assertEquals(Optional.empty(), SCHEDULE.dueOn(DUE.plusDays(1), OPENED, DUE));
        assertEquals(Optional.of(1), SCHEDULE.dueOn(DUE, OPENED, DUE));
        assertEquals(Optional.of(0), new ReminderSchedule(List.of(7, 0)).dueOn(DUE, OPENED, DUE));
    }

    @Test
    void offsetsAreDaysBeforeAndTheHorizonIsTheFurthest() {
        assertEquals(30, SCHEDULE.horizon());
        assertThrows(IllegalArgumentException.class, () -> new ReminderSchedule(List.of(7, -1)));
        assertThrows(IllegalArgumentException.class, () -> new ReminderSchedule(List.of()));
    }
}
