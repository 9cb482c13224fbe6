package org.benling.inspection.domain.rules;

import java.time.LocalDate;

/**
 * 出国（境）管理 (DOMAIN.md "Daily supervision of leading cadres"): the passports are held by the HR office
 * (证照集中保管) and a cadre back from a private trip returns the passport within {@code returnDays} days (10,
 * {@code benling.inspection.travel.return-days}).
 */
public record TravelPolicy(int returnDays) {

    public TravelPolicy {
        if (returnDays < 0) {
            throw new IllegalArgumentException("the return period is a number of days, at least 0: " + returnDays);
        }
    }

    public static TravelPolicy defaults() {
        return new TravelPolicy(10);
    }

    /** The last day the passport may come back to the HR office after a trip that ends on {@code returnOn}. */
    public LocalDate passportDue(LocalDate returnOn) {
        return returnOn.plusDays(returnDays);
    }

    /** Out and not back on {@code today}, after its last day. */
    public static boolean overdue(LocalDate passportDue, LocalDate returnedOn, LocalDate today) {
        return returnedOn == null && today.isAfter(passportDue);
    }

    /** Came back, but after its last day. */
    public static boolean late(LocalDate passportDue, LocalDate returnedOn) {
        return returnedOn != null && returnedOn.isAfter(passportDue);
    }
}
