package org.benling.training.domain.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date windows a compliance check looks at, for one "today" (an Asia/Shanghai date): the rolling
 * window [rollingStart, today] and the calendar year [yearStart, yearEnd]. Build it with
 * {@link HoursCompliance#windows(LocalDate, TrainingPolicy)}.
 */
public record Windows(LocalDate rollingStart, LocalDate yearStart, LocalDate yearEnd, LocalDate today) {

    public Windows {
        Objects.requireNonNull(rollingStart, "rollingStart");
        Objects.requireNonNull(yearStart, "yearStart");
        Objects.requireNonNull(yearEnd, "yearEnd");
        Objects.requireNonNull(today, "today");
        if (rollingStart.isAfter(today) || yearStart.isAfter(today) || yearEnd.isBefore(today)) {
            throw new IllegalArgumentException("windows must contain today: " + today);
        }
    }

    boolean isLastDayOfYear() {
        return today.equals(yearEnd);
    }
}
