package org.benling.training.domain.rules;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * Sums over the windows (the service computes these in SQL for many cadres; {@link #of} does it in
 * Java). Online hours count towards the rolling and yearly hours like any other; {@code yearOnlineHours}
 * is the online part of the year's hours.
 */
public record HoursTotals(BigDecimal rollingHours, int rollingOffJobDays, BigDecimal yearHours, int yearOffJobDays,
        BigDecimal yearOnlineHours) {

    public HoursTotals {
        rollingHours = Hours.of(rollingHours, "rollingHours");
        Hours.days(rollingOffJobDays, "rollingOffJobDays");
        yearHours = Hours.of(yearHours, "yearHours");
        Hours.days(yearOffJobDays, "yearOffJobDays");
        yearOnlineHours = Hours.of(yearOnlineHours, "yearOnlineHours");
    }

    /** Credits dated within [start, today] of each window count; later ones have not happened yet. */
    public static HoursTotals of(Collection<Credit> credits, Windows windows) {
        Objects.requireNonNull(windows, "windows");
        BigDecimal rollingHours = Hours.ZERO;
        BigDecimal yearHours = Hours.ZERO;
        BigDecimal yearOnlineHours = Hours.ZERO;
        int rollingDays = 0;
        int yearDays = 0;
        for (Credit c : credits) {
            if (windows.inRollingWindow(c.completedOn())) {
                rollingHours = rollingHours.add(c.hours());
                rollingDays += c.offJobDays();
            }
            if (windows.inYearSoFar(c.completedOn())) {
                yearHours = yearHours.add(c.hours());
                yearDays += c.offJobDays();
                if (c.online()) {
                    yearOnlineHours = yearOnlineHours.add(c.hours());
                }
            }
        }
        return new HoursTotals(rollingHours, rollingDays, yearHours, yearDays, yearOnlineHours);
    }

    public static HoursTotals zero() {
        return new HoursTotals(Hours.ZERO, 0, Hours.ZERO, 0, Hours.ZERO);
    }
}
