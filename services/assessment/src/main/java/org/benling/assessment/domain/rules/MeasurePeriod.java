package org.benling.assessment.domain.rules;

import java.time.LocalDate;
import java.time.Year;
import java.util.UUID;

/**
 * A supervision measure's influence period (影响期) as assessment knows it from inspection's events. A measure
 * lifted early ends the day before {@code liftedOn}; a revoked one (撤销) never counted.
 */
public record MeasurePeriod(UUID measureId, int form, String measure, LocalDate appliedOn, LocalDate influenceUntil,
        LocalDate liftedOn, boolean revoked) {

    /** The last day the measure has influence, or null when it was revoked. */
    public LocalDate lastDay() {
        if (revoked) {
            return null;
        }
        if (liftedOn != null && liftedOn.isBefore(influenceUntil.plusDays(1))) {
            return liftedOn.minusDays(1);
        }
        return influenceUntil;
    }

    public boolean activeOn(LocalDate day) {
        LocalDate last = lastDay();
        return last != null && !day.isBefore(appliedOn) && !day.isAfter(last);
    }

    /** Does the influence period reach into the (calendar) year of an annual assessment? */
    public boolean overlaps(Year year) {
        LocalDate last = lastDay();
        return last != null && !last.isBefore(appliedOn) && !appliedOn.isAfter(year.atDay(year.length()))
                && !last.isBefore(year.atDay(1));
    }
}
