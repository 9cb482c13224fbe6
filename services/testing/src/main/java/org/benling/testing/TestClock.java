package org.benling.testing;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The business clock of a {@code @QuarkusTest}: a bean of type {@link Clock} that outranks the platform's default
 * {@code BusinessClock}. It runs with the real time in the bureau's zone until a test {@linkplain #pin pins} it to a
 * moment (and a zone), and again after {@link #release()}. Tests that pin release in {@code @AfterEach}, so the
 * order in which tests run does not matter.
 */
@Singleton
public class TestClock extends Clock {

    public static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Clock current = Clock.system(BUREAU_ZONE);

    /** From now on every "now" of the service is {@code at}, and "today" is its date in its zone. */
    public void pin(ZonedDateTime at) {
        current = Clock.fixed(at.toInstant(), at.getZone());
    }

    /** Back to the real time in the bureau's zone. */
    public void release() {
        current = Clock.system(BUREAU_ZONE);
    }

    /** Today on the service's calendar. */
    public LocalDate today() {
        return LocalDate.now(current);
    }

    @Override
    public ZoneId getZone() {
        return current.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return current.withZone(zone);
    }

    @Override
    public Instant instant() {
        return current.instant();
    }
}
