package org.benling.gateway.session;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * API calls never get redirected to the Keycloak login page: without a session they are answered by the
 * gateway's guard (401 problem+json). Only page navigations ({@code /login}) start the login.
 */
@ApplicationScoped
public class ApiRequestChecker implements JavaScriptRequestChecker {

    @Override
    public boolean isJavaScriptRequest(RoutingContext context) {
        String path = context.request().path();
        return path.startsWith("/api/") || "JavaScript".equals(context.request().getHeader("X-Requested-With"));
    }
}
