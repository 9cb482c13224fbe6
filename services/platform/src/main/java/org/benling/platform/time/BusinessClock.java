package org.benling.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one business clock. Every "today", "this year" and "now" of a Benling service is read from the {@link Clock}
 * this produces: the system time in the bureau's zone ({@code benling.clock.zone}, Asia/Shanghai by default —
 * DOMAIN.md, glossary: "the year" and "today" are those of Beijing), whatever zone the JVM runs in (a container's
 * is UTC). Bean Validation's {@code @Past}/{@code @PastOrPresent} read it too, through {@link BusinessClockProvider}.
 *
 * <p>A clock-less {@code LocalDate.now()} or {@code Instant.now()} in main code fails the build (the architecture
 * module's {@code ClockRulesTest}). Tests replace this bean with a settable clock (benling-testing {@code TestClock}).
 */
public class BusinessClock {

    /** The bureau's zone, the default of {@code benling.clock.zone}. */
    public static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    @DefaultBean
    Clock clock(@ConfigProperty(name = "benling.clock.zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        return Clock.system(zone);
    }
}
