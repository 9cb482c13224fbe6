package org.benling.training.domain.rules;

import java.math.BigDecimal;

/**
 * Sums over the windows, computed in SQL for many cadres at once ({@code ComplianceSums.SUMS}; tested through
 * the API on the windows' edges). Online hours count towards the rolling and yearly hours like any other;
 * {@code yearOnlineHours} is the online part of the year's hours.
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
}
