package org.benling.gateway.config;

import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The gateway's secrets as required values: started without one, it stops at once, naming the variable
 * ({@code SRCFG00011: Could not expand value BENLING_SESSION_SECRET}). Quarkus OIDC's own settings are optional
 * and would let it start and fail later on a user's login; they are set from these.
 */
@ConfigMapping(prefix = "benling.secrets")
public interface GatewaySecrets {

    /** {@code BENLING_GATEWAY_CLIENT_SECRET}: the confidential client's secret at Keycloak. */
    String gatewayClientSecret();

    /** {@code BENLING_SESSION_SECRET}: encrypts the tokens in the session cookie (at least 32 characters). */
    String sessionSecret();

    /** {@code BENLING_DB_USER}: the gateway's own database role (its rate-limit buckets). */
    String databaseUser();

    /** {@code BENLING_DB_PASSWORD}. */
    String databasePassword();

    /** Asks for the secrets at start-up, so that a missing one stops the gateway there. */
    @Startup
    @ApplicationScoped
    class Required {
        @Inject
        GatewaySecrets secrets;
    }
}
