package org.benling.selection.domain.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which days are working days: Monday to Friday, except the public holidays, plus the weekend days worked in their
 * place (调休). The State Council publishes each year's holidays and make-up days late in the year before, so both
 * lists are configured by the operator ({@code benling.calendar.holidays}, {@code benling.calendar.workdays}); without
 * them every weekday counts.
 *
 * @param holidays weekdays off
 * @param workdays weekend days worked
 */
public record WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays) {

    public WorkingCalendar {
        holidays = Set.copyOf(holidays);
        workdays = Set.copyOf(workdays);
    }

    public static WorkingCalendar weekdays() {
        return new WorkingCalendar(Set.of(), Set.of());
    }

    public boolean workingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The {@code n}-th working day counted from {@code from}, which counts itself if it is one ({@code n} ≥ 1). */
    public LocalDate nthWorkingDay(LocalDate from, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n counts from 1: " + n);
        }
        LocalDate day = from;
        int counted = workingDay(day) ? 1 : 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (workingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
