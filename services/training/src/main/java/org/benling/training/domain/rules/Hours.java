package org.benling.training.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** 学时 are kept as BigDecimal with two decimals (0.25 is the smallest online credit). */
final class Hours {

    static final int SCALE = 2;
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Hours() {
    }

    /** The value at scale 2; refuses null and negative hours. */
    static BigDecimal of(BigDecimal hours, String name) {
        return nonNegative(hours, name).setScale(SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal nonNegative(BigDecimal hours, String name) {
        Objects.requireNonNull(hours, name);
        if (hours.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + hours);
        }
        return hours;
    }

    static int days(int days, String name) {
        if (days < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + days);
        }
        return days;
    }

    static BigDecimal missing(BigDecimal required, BigDecimal achieved) {
        return required.subtract(achieved).max(ZERO);
    }
}
