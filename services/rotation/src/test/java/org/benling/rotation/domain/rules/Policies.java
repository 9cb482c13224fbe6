package org.benling.rotation.domain.rules;

/** Variants of {@link RotationPolicy#defaults()} for tests that change one group of numbers. */
final class Policies {

    private Policies() {
    }

    static final RotationPolicy DEFAULTS = RotationPolicy.defaults();

    static RotationPolicy tenure(int tenureYears, int keyPostTenureYears, int soonDueMonths) {
        RotationPolicy d = DEFAULTS;
        return new RotationPolicy(tenureYears, keyPostTenureYears, d.keyPostKeywords(), soonDueMonths, d.minMonths(),
                d.maxMonths(), d.checkInIntervalDays(), d.practiceBuilds(), d.rotationRateYears(), d.gapWeight(),
                d.tenureWeight(), d.regionWeight(), d.provinces());
    }

    static RotationPolicy weights(double gapWeight, double tenureWeight, double regionWeight) {
        RotationPolicy d = DEFAULTS;
        return new RotationPolicy(d.tenureYears(), d.keyPostTenureYears(), d.keyPostKeywords(), d.soonDueMonths(),
                d.minMonths(), d.maxMonths(), d.checkInIntervalDays(), d.practiceBuilds(), d.rotationRateYears(),
                gapWeight, tenureWeight, regionWeight, d.provinces());
    }
}
