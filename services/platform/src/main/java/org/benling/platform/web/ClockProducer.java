package org.benling.platform.web;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The bureau's clock: "the year" and "today" are those of Asia/Shanghai (DOMAIN.md, glossary). */
public class ClockProducer {

    public static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    @DefaultBean
    Clock clock() {
        return Clock.system(BUREAU_ZONE);
    }
}
