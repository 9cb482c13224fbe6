package org.benling.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs a piece of a test with the JVM's default zone set to another one, and the edges of the business day that
 * tests of "not in the future" check: the JVM in UTC (as in a container) and in Asia/Shanghai, the business clock
 * at 00:30 and at 23:30 of one day.
 */
public final class JvmZone {

    private JvmZone() {
    }

    /** A JVM default zone and the business clock's moment. */
    public record Edge(ZoneId jvmZone, ZonedDateTime businessNow) {
        @Override
        public String toString() {
            return "JVM in " + jvmZone + ", business clock at " + businessNow;
        }

        /**
         * Pins the business clock to this edge's moment and runs {@code body} with the JVM's default zone set to this
         * edge's, giving it the business date ("today").
         */
        public void run(Consumer<LocalDate> body) {
            TestClock.pin(businessNow);
            LocalDate today = businessNow.toLocalDate();
            with(jvmZone, () -> body.accept(today));
        }
    }

    /**
     * The edges: 00:30 and 23:30 in Beijing with the JVM in UTC (the UTC date is the day before at 00:30, the same
     * day at 23:30) and in Asia/Shanghai, and the reverse split (a business clock configured for UTC, JVM in
     * Asia/Shanghai, whose date is the next day at 23:30 UTC).
     */
    public static List<Edge> edges(int year, int month, int day) {
        ZoneId utc = ZoneId.of("UTC");
        ZoneId beijing = TestClock.BUREAU_ZONE;
        return List.of(
                new Edge(utc, ZonedDateTime.of(year, month, day, 0, 30, 0, 0, beijing)),
                new Edge(utc, ZonedDateTime.of(year, month, day, 23, 30, 0, 0, beijing)),
                new Edge(beijing, ZonedDateTime.of(year, month, day, 0, 30, 0, 0, beijing)),
                new Edge(beijing, ZonedDateTime.of(year, month, day, 23, 30, 0, 0, beijing)),
                new Edge(beijing, ZonedDateTime.of(year, month, day, 0, 30, 0, 0, utc)),
                new Edge(beijing, ZonedDateTime.of(year, month, day, 23, 30, 0, 0, utc)));
    }

    /**
     * The edges of one day (2 December 2026), for {@code @MethodSource("org.benling.testing.JvmZone#edgesOfADay")}.
     */
    public static Stream<Edge> edgesOfADay() {
        return edges(2026, 12, 2).stream();
    }

    /** Runs {@code body} with the JVM's default zone set to {@code zone}, then puts the old one back. */
    public static void with(ZoneId zone, Runnable body) {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        try {
            body.run();
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
