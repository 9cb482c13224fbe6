package org.benling.platform.config;

import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The secrets a service cannot run without, as required values: a service started without one stops before it
 * does anything, and the message names the variable ({@code SRCFG00011: Could not expand value BENLING_DB_PASSWORD}).
 * Quarkus's own settings that take them ({@code quarkus.datasource.password}) are optional and would start
 * without, failing later with a message that names nothing; they are set from these.
 */
@ConfigMapping(prefix = "benling.secrets")
public interface Secrets {

    /** {@code BENLING_DB_USER}: the service's own database role. */
    String databaseUser();

    /** {@code BENLING_DB_PASSWORD}. */
    String databasePassword();

    /** {@code BENLING_KAFKA_USER}: the service's own Kafka principal (SASL/SCRAM). */
    String kafkaUser();

    /** {@code BENLING_KAFKA_PASSWORD}. */
    String kafkaPassword();

    /** Asks for the secrets at start-up, so that a missing one stops the service there. */
    @Startup
    @ApplicationScoped
    class Required {
        @Inject
        Secrets secrets;
    }
}
