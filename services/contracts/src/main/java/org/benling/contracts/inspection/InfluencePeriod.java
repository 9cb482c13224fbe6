package org.benling.contracts.inspection;

import java.time.LocalDate;
import java.time.Year;
import java.util.UUID;

/**
 * A supervision measure's influence period (影响期), the one rule every service honours (DOMAIN.md "What no peer
 * system does", 3): from {@link MeasureApplied#appliedOn()} to {@link MeasureApplied#influenceUntil()}; a
 * {@link MeasureLifted} ends it the day before {@code liftedOn}, and one with reason {@link #REVOKED} (撤销) means
 * it never counted.
 */
public record InfluencePeriod(UUID measureId, int form, String measure, LocalDate appliedOn, LocalDate influenceUntil,
        LocalDate liftedOn, boolean revoked) {

    /** The {@link MeasureLifted#reason()} of a measure that is revoked rather than ended. */
    public static final String REVOKED = "REVOKED";

    public static InfluencePeriod of(MeasureApplied m) {
        return new InfluencePeriod(m.measureId(), m.form(), m.measure(), m.appliedOn(), m.influenceUntil(), null, false);
    }

    /** The same measure after a lift. */
    public InfluencePeriod lifted(MeasureLifted lift) {
        return new InfluencePeriod(measureId, form, measure, appliedOn, influenceUntil, lift.liftedOn(),
                REVOKED.equalsIgnoreCase(lift.reason()));
    }

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
