package org.benling.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "benling.gateway")
public interface GatewayConfig {

    /** Services by name: where they listen and which {@code /api} path prefixes they own (ARCHITECTURE.md). */
    Map<String, Route> routes();

    /** How long a service may take to answer before the caller gets 504. */
    @WithDefault("30s")
    Duration timeout();

    @WithDefault("2s")
    Duration connectTimeout();

    RateLimit rateLimit();

    /** Largest request body forwarded (the largest upload, a roster workbook of 10 MB, with its envelope). */
    @WithDefault("11M")
    MemorySize maxBodySize();

    /** Folder of the built SPA ({@code frontend/dist}); missing folder: the gateway serves the API only. */
    @WithDefault("frontend/dist")
    String spaDir();

    /** Settings the SPA reads at start-up from {@code /app-config.json}, not baked into the bundle. */
    Spa spa();

    interface Route {
        URI url();

        /** Where the service serves {@code /q/openapi}: its management interface; absent, {@link #url()}. */
        Optional<URI> managementUrl();

        List<String> prefixes();
    }

    interface RateLimit {
        /** Sustained requests per second per user (or per client address before login). */
        @WithDefault("30")
        double perSecond();

        /** Burst a user may spend at once. */
        @WithDefault("120")
        int burst();
    }

    interface Spa {
        @WithDefault("本领")
        String appName();

        @WithDefault("local")
        String environment();

        @WithDefault("zh-CN")
        String defaultLocale();

        Optional<String> supportContact();
    }
}
