package org.benling.gateway.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The gateway's one clock, in the bureau's business zone ({@code benling.gateway.business-zone}), as every service
 * has: an age on a form and the time a view was composed are read from it, never from the JVM's zone.
 */
@ApplicationScoped
public class BusinessClock {

    /** A default the tests' fixed clock replaces. */
    @Produces
    @ApplicationScoped
    @DefaultBean
    Clock clock(GatewayConfig config) {
        return Clock.system(config.businessZone());
    }
}
