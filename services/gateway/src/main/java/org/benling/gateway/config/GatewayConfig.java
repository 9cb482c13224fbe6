package org.benling.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
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

    /**
     * How long a view the gateway composes from several owners (the portfolio, the dashboard) waits for each of them;
     * a section whose owner has not answered by then is marked unavailable and the rest is answered.
     */
    @WithDefault("5s")
    Duration compositionDeadline();

    /** The zone of the business day (an age on a form, a year on the dashboard): the bureau's. */
    @WithDefault("Asia/Shanghai")
    java.time.ZoneId businessZone();

    RateLimit rateLimit();

    /**
     * What the gateway asks before sending a browser to log in (LoginAvailability); by default the realm's discovery
     * document under {@code quarkus.oidc.auth-server-url}.
     */
    Optional<URI> loginCheckUrl();

    /** Largest request body forwarded (the largest upload, a roster workbook of 10 MB, with its envelope). */
    @WithDefault("11M")
    MemorySize maxBodySize();

    /** Folder of the built SPA ({@code frontend/dist}); missing folder: the gateway serves the API only. */
    @WithDefault("frontend/dist")
    String spaDir();

    /** Settings the SPA reads at start-up from {@code /app-config.json}, not baked into the bundle. */
    Spa spa();

    /** How often the gateway asks each listed instance whether it is ready (its management interface). */
    @WithDefault("2s")
    Duration readinessInterval();

    /** Where an instance's management interface listens: its port plus this (ARCHITECTURE.md). */
    @WithDefault("1000")
    int managementPortOffset();

    interface Route {
        URI url();

        /**
         * The service's instances where it runs more than one on known addresses (the local replicas): their base
         * URLs; absent, {@link #url()} alone. Requests go to the ready ones.
         */
        Optional<List<URI>> instances();

        /**
         * In Kubernetes: the DNS name of the service's headless Service, whose A records are its ready pods (port:
         * {@link #url()}'s). When set, it replaces {@link #instances()}.
         */
        Optional<String> dnsName();

        /** Where the service serves {@code /q/openapi}: its management interface; absent, {@link #url()}. */
        Optional<URI> managementUrl();

        List<String> prefixes();
    }

    /** Bearer tokens verified once and kept until they expire (VerifiedTokenCache). */
    TokenCache tokenCache();

    interface TokenCache {
        @WithDefault("true")
        boolean enabled();

        /** The longest a verified token is kept, however long it is valid. */
        @WithDefault("5m")
        Duration maxAge();

        @WithDefault("10000")
        @Min(1)
        long maximumSize();
    }

    interface RateLimit {
        /** Sustained requests per second per user (or per client address before login). */
        @WithDefault("30")
        double perSecond();

        /** Burst a user may spend at once. */
        @WithDefault("120")
        int burst();

        /** Requests a replica may count locally before it writes them to the shared bucket (RateLimiter). */
        @WithDefault("10")
        @Min(1)
        long maxUnsynchronised();

        /** The longest a replica keeps requests it counted locally before it writes them to the shared bucket. */
        @WithDefault("250ms")
        Duration maxUnsynchronisedDelay();
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
