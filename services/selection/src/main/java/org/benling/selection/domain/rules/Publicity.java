package org.benling.selection.domain.rules;

import java.time.LocalDate;

/**
 * 任职前公示: the decided candidate is published for at least {@code publicityWorkingDays} working days (条例: 5), the
 * first day counting when it is a working day. The appointment may follow once that period is over and every
 * objection raised during it has been looked into (an objection that holds ends the trail instead).
 */
public final class Publicity {

    private Publicity() {
    }

    /** The last day of a publicity that starts on {@code start}. */
    public static LocalDate lastDay(LocalDate start, WorkingCalendar calendar, SelectionPolicy policy) {
        return calendar.nthWorkingDay(start, policy.publicityWorkingDays());
    }

    /** Why the appointment may not follow on {@code today}, or null when it may. */
    public static Refusal refusal(LocalDate start, LocalDate today, int openObjections, WorkingCalendar calendar,
            SelectionPolicy policy) {
        if (!today.isAfter(lastDay(start, calendar, policy))) {
            return Refusal.PERIOD_RUNS;
        }
        return openObjections > 0 ? Refusal.OBJECTION_OPEN : null;
    }

    public enum Refusal {
        /** the period has not ended */
        PERIOD_RUNS,
        /** an objection raised during it is not yet looked into */
        OBJECTION_OPEN
    }
}
