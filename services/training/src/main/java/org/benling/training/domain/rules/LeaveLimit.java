package org.benling.training.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How much leave a cadre may take from an off-the-job class and still pass it. */
public final class LeaveLimit {

    private LeaveLimit() {
    }

    /** True when leave exceeds 1/7 of the class's 学时: the cadre fails the class. Exactly 1/7 is allowed. */
    public static boolean exceeded(BigDecimal classHours, BigDecimal leaveHours, TrainingPolicy policy) {
        BigDecimal hours = Hours.nonNegative(classHours, "classHours");
        BigDecimal leave = Hours.nonNegative(leaveHours, "leaveHours");
        // leave > classHours / n, compared without dividing so that exactly 1/n stays allowed
        return leave.multiply(BigDecimal.valueOf(policy.leaveLimitDenominator())).compareTo(hours) > 0;
    }

    /**
     * True when the participant fails the class for absence: leave and absence without approved leave together
     * beyond 1/7 of its 学时, or — where the policy says so — any absence without approved leave.
     */
    public static boolean fails(BigDecimal classHours, BigDecimal leaveHours, BigDecimal unexcusedHours,
            TrainingPolicy policy) {
        BigDecimal unexcused = Hours.nonNegative(unexcusedHours, "unexcusedHours");
        if (policy.unexcusedAbsence() == TrainingPolicy.UnexcusedAbsence.FAILS && unexcused.signum() > 0) {
            return true;
        }
        return exceeded(classHours, Hours.nonNegative(leaveHours, "leaveHours").add(unexcused), policy);
    }

    /** The most leave that still passes, at scale 2 rounded down (35 学时 → 5.00, 10 学时 → 1.42). */
    public static BigDecimal allowedLeave(BigDecimal classHours, TrainingPolicy policy) {
        return Hours.nonNegative(classHours, "classHours")
                .divide(BigDecimal.valueOf(policy.leaveLimitDenominator()), Hours.SCALE, RoundingMode.DOWN);
    }
}
