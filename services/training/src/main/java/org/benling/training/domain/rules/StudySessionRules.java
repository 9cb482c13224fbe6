package org.benling.training.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.benling.contracts.Capability;

/**
 * 理论学习中心组学习: what a study session of a unit's leadership team records. One sitting lasts more than nothing and
 * at most a working day ({@value #MOST_HOURS_TEXT} 学时, to the hundredth); it is recorded once it has been held, never
 * ahead; and unless it says otherwise it studied theory and political leadership (学习本领, 政治领导本领).
 */
public final class StudySessionRules {

    static final String MOST_HOURS_TEXT = "8";
    /** The longest sitting: a working day. */
    public static final BigDecimal MOST_HOURS = new BigDecimal(MOST_HOURS_TEXT).setScale(Hours.SCALE);
    /** What a session studied when the record names nothing. */
    public static final Set<Capability> DEFAULT_CAPABILITIES = Collections.unmodifiableSet(
            EnumSet.of(Capability.LEARNING, Capability.POLITICAL_LEADERSHIP));

    private StudySessionRules() {
    }

    /** More than 0, at most {@link #MOST_HOURS}, and no finer than a hundredth of an hour. */
    public static boolean validHours(BigDecimal hours) {
        return hours != null && hours.signum() > 0 && hours.compareTo(MOST_HOURS) <= 0
                && hours.stripTrailingZeros().scale() <= Hours.SCALE;
    }

    /** The session's 学时 at scale 2; refuses what {@link #validHours} does not allow. */
    public static BigDecimal hours(BigDecimal hours) {
        if (!validHours(hours)) {
            throw new IllegalArgumentException("a study session lasts more than 0 and at most " + MOST_HOURS
                    + " hours, to the hundredth: " + hours);
        }
        return hours.setScale(Hours.SCALE, RoundingMode.UNNECESSARY);
    }

    /** The capabilities studied: those named, or {@link #DEFAULT_CAPABILITIES} when none are. */
    public static Set<Capability> capabilities(Set<Capability> named) {
        return named == null || named.isEmpty() ? EnumSet.copyOf(DEFAULT_CAPABILITIES) : EnumSet.copyOf(named);
    }

    /** A session is recorded once held: on {@code today} at the latest (the business clock's day). */
    public static boolean held(LocalDate heldOn, LocalDate today) {
        return !Objects.requireNonNull(heldOn, "heldOn").isAfter(Objects.requireNonNull(today, "today"));
    }
}
