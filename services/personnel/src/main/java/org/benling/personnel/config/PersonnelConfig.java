package org.benling.personnel.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "benling.personnel")
public interface PersonnelConfig {

    /** Largest roster one upload may carry. */
    @WithDefault("20000")
    int importMaxRows();

    /** Largest search one export may write. */
    @WithDefault("50000")
    int exportMaxRows();

    DemoData demoData();

    interface DemoData {
        /** Load the demo roster at start-up when the database has no units ({@code ./benling start} turns it on). */
        @WithDefault("false")
        boolean enabled();

        @WithDefault("2000")
        int cadres();

        @WithDefault("20260101")
        long seed();
    }
}
