package org.benling.training.domain.rules;

import java.math.BigDecimal;

/** 学时 for one online module, by the conversion table of the provincial online-learning platforms. */
public final class OnlineCredit {

    private OnlineCredit() {
    }

    /**
     * 学时 for one online module: ≥30 min 1, 15–30 min 0.5, under 15 min 0.25, plus 0.5 for a passed test.
     * 0 minutes → 0 (plus the test credit if passed).
     */
    public static BigDecimal of(int minutes, boolean testPassed, TrainingPolicy policy) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative: " + minutes);
        }
        BigDecimal module;
        if (minutes == 0) {
            module = Hours.ZERO;
        } else if (minutes >= policy.fullModuleMinutes()) {
            module = policy.fullModuleCredit();
        } else if (minutes >= policy.halfModuleMinutes()) {
            module = policy.halfModuleCredit();
        } else {
            module = policy.shortModuleCredit();
        }
        return testPassed ? module.add(policy.passedTestCredit()) : module;
    }
}
