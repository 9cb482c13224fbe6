package org.benling.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * Bean Validation's idea of "now" is the business clock's. Without this, {@code @PastOrPresent LocalDate} judges by
 * the JVM's zone: on a server in UTC a date entered as today in Beijing between 00:00 and 08:00 would be refused as
 * "in the future". Quarkus hands a {@link ClockProvider} bean to the default {@code ValidatorFactory}.
 */
@ApplicationScoped
public class BusinessClockProvider implements ClockProvider {

    private final Clock clock;

    @Inject
    public BusinessClockProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock;
    }
}
