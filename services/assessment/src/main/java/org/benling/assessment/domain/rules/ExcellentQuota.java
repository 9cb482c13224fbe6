package org.benling.assessment.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * The 优秀 quota of a unit's annual assessment (DOMAIN.md: at most 20%, up to 25% with approval); units too small
 * for a quota of their own share a {@link Pool} at their parent.
 */
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

    /**
     * The pool of small units at one parent (DOMAIN.md: a unit too small for a quota of its own): every cycle of
     * the year of a child unit with fewer assessed cadres than {@link AssessmentPolicy#poolBelow()}.
     *
     * @param parentUnitId the unit the pool sits at
     * @param units        the member units' cycles
     * @param assessed     cadres assessed in them all
     * @param excellent    优秀 already final in the members finalised, plus those proposed in the one finalising
     */
    public record Pool(UUID parentUnitId, int units, int assessed, int excellent, int quota, BigDecimal rate) {
        public boolean allowed() {
            return excellent <= quota;
        }

        public int over() {
            return Math.max(0, excellent - quota);
        }
    }

    private ExcellentQuota() {
    }

    /** Has a unit with {@code assessed} cadres a quota of its own, or does it count against its parent's pool? */
    public static boolean pooled(int assessed, AssessmentPolicy policy) {
        return assessed < policy.poolBelow();
    }

    /** The quota: the rate of the assessed cadres, rounded down. */
    public static int quota(int assessed, BigDecimal rate) {
        if (assessed < 0) {
            throw new IllegalArgumentException("assessed must not be negative: " + assessed);
        }
        return Math.min(assessed, rate.multiply(BigDecimal.valueOf(assessed)).setScale(0, RoundingMode.DOWN).intValueExact());
    }

    public static Check check(int assessed, int excellent, boolean approvedRaise, AssessmentPolicy policy) {
        BigDecimal rate = approvedRaise ? policy.raisedExcellentRate() : policy.excellentRate();
        return new Check(assessed, excellent, quota(assessed, rate), rate, approvedRaise);
    }

    /** The pool's quota over its members' assessed cadres, at the standard rate. */
    public static Pool pool(UUID parentUnitId, int units, int assessed, int excellent, AssessmentPolicy policy) {
        return new Pool(parentUnitId, units, assessed, excellent, quota(assessed, policy.excellentRate()),
                policy.excellentRate());
    }
}
