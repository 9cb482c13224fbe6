package org.benling.inspection.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.benling.inspection.domain.rules.TravelPolicy;

/** 出国（境）policy ({@code benling.inspection.travel.*}); default: the passport back within 10 days of the return. */
@ConfigMapping(prefix = "benling.inspection.travel")
public interface TravelConfig {

    @WithDefault("10")
    int returnDays();

    @ApplicationScoped
    class Producer {
        @Produces
        @jakarta.inject.Singleton
        TravelPolicy policy(TravelConfig c) {
            return new TravelPolicy(c.returnDays());
        }
    }
}
