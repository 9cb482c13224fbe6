package org.benling.notification.domain.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When a to-do with a due date is recalled to its people: so many days before it is due (the offsets, e.g. 30, 7 and
 * 1). On a given day the reminder due is the one whose day came last, between the day after the to-do was opened
 * (who was just told of it needs no reminder at once) and the due date itself; the earlier ones it supersedes are
 * not sent any more. A day the job did not run is caught up the next day, with the reminder that is due then.
 */
public final class ReminderSchedule {

    private final List<Integer> offsets;

    /** @param offsets days before the due date, each 0 or more (0: on the day it is due) */
    public ReminderSchedule(List<Integer> offsets) {
        if (offsets.isEmpty() || offsets.stream().anyMatch(d -> d == null || d < 0)) {
            throw new IllegalArgumentException("reminder offsets are days before the due date, 0 or more: " + offsets);
        }
        this.offsets = List.copyOf(offsets);
    }

    /** The offset whose reminder is due {@code today} for a to-do opened on {@code openedOn}, due on {@code dueOn}. */
    public Optional<Integer> dueOn(LocalDate today, LocalDate openedOn, LocalDate dueOn) {
        if (today.isAfter(dueOn)) {
            return Optional.empty();
        }
        return offsets.stream()
                .filter(days -> {
                    LocalDate day = dueOn.minusDays(days);
                    return day.isAfter(openedOn) && !day.isAfter(today);
                })
                .min(Integer::compare);
    }

    /** The furthest reminder, in days: no to-do due later than this many days from today has one due. */
    public int horizon() {
        return offsets.stream().max(Integer::compare).orElseThrow();
    }
}
