package org.benling.testing;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The business clock of a test JVM: in a {@code @QuarkusTest} a bean of type {@link Clock} that outranks the
 * platform's default {@code BusinessClock}, and the source of every date a test expects ({@link #today()}).
 *
 * <p>It runs in the bureau's zone from the real time or, with {@code -Dbenling.test.clock=2027-01-01T00:30+08:00},
 * from that moment on (the time still passes, so ordering by time holds): the whole suite can be run on the edges
 * of a year or in the next inspection term. A test may {@linkplain #pin pin} it to one moment and zone; its class
 * releases it after each test ({@link Release}), so the order in which tests run does not matter.
 */
@Singleton
public class TestClock extends Clock {

    public static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");
    /** System property: the moment the test JVM's business clock starts from (ISO, with an offset or a zone). */
    public static final String START_PROPERTY = "benling.test.clock";

    private static final Clock BASE = base(System.getProperty(START_PROPERTY, ""));
    private static volatile Clock current = BASE;

    static Clock base(String start) {
        Clock system = Clock.system(BUREAU_ZONE);
        if (start.isBlank()) {
            return system;
        }
        ZonedDateTime at = ZonedDateTime.parse(start.trim());
        if (!start.contains("[")) {
            at = at.withZoneSameInstant(BUREAU_ZONE);
        }
        return Clock.offset(system, Duration.between(system.instant(), at.toInstant())).withZone(at.getZone());
    }

    /** From now on every "now" of the service is {@code at}, and "today" is its date in its zone. */
    public static void pin(ZonedDateTime at) {
        current = Clock.fixed(at.toInstant(), at.getZone());
    }

    /** Back to the running clock (the real time, or the start the build set). */
    public static void release() {
        current = BASE;
    }

    /** Today on the service's calendar. */
    public static LocalDate today() {
        return LocalDate.now(current);
    }

    /** Now, with the business zone's offset (for event envelopes). */
    public static OffsetDateTime offsetNow() {
        return OffsetDateTime.now(current);
    }

    /** {@code @ExtendWith(TestClock.Release.class)}: a test class whose tests pin the clock releases it after each. */
    public static final class Release implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            release();
        }
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
