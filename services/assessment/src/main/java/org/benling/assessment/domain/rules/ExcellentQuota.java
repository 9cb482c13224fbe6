package org.benling.assessment.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The 优秀 quota of a unit's annual assessment (DOMAIN.md: at most 20%, up to 25% with approval). */
public final class ExcellentQuota {

    /**
     * @param assessed  cadres assessed in the unit's cycle
     * @param excellent how many of them are proposed 优秀
     * @param quota     the most that may be 优秀
     * @param raised    whether the raised rate (with approval) applied
     */
    public record Check(int assessed, int excellent, int quota, BigDecimal rate, boolean raised) {
        public boolean allowed() {
            return excellent <= quota;
        }

        public int over() {
            return Math.max(0, excellent - quota);
        }
    }

    private ExcellentQuota() {
    }

    /** The quota: the rate of the assessed cadres rounded down, never below the small-unit minimum. */
    public static int quota(int assessed, BigDecimal rate, int smallUnitMinimum) {
        if (assessed < 0) {
            throw new IllegalArgumentException("assessed must not be negative: " + assessed);
        }
        if (assessed == 0) {
            return 0;
        }
        int rounded = rate.multiply(BigDecimal.valueOf(assessed)).setScale(0, RoundingMode.DOWN).intValueExact();
        return Math.min(assessed, Math.max(rounded, smallUnitMinimum));
    }

    public static Check check(int assessed, int excellent, boolean approvedRaise, AssessmentPolicy policy) {
        BigDecimal rate = approvedRaise ? policy.raisedExcellentRate() : policy.excellentRate();
        return new Check(assessed, excellent, quota(assessed, rate, policy.smallUnitMinimum()), rate, approvedRaise);
    }
}
