package org.benling.notification.config;

import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The secret of the service's own Keycloak client ({@code benling-notification}), with which it finds a
 * notification's people and their addresses (KeycloakPeople). Required: without {@code
 * BENLING_NOTIFICATION_CLIENT_SECRET} the service stops at start-up and says so (the admin client's own setting would
 * stop it with a message that names nothing).
 */
@ConfigMapping(prefix = "benling.directory")
public interface DirectoryClient {

    String clientSecret();

    /** Asks for the secret at start-up. */
    @Startup
    @ApplicationScoped
    class Required {
        @Inject
        DirectoryClient client;
    }
}
