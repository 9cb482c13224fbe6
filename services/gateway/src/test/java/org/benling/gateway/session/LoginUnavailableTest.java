package org.benling.gateway.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With Keycloak away, a browser sent to log in gets the gateway's page saying so, not the browser's own error. */
@QuarkusTest
@TestProfile(LoginUnavailableTest.KeycloakAway.class)
class LoginUnavailableTest {

    public static class KeycloakAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // nothing listens on port 1: the login service "does not answer"
            return Map.of("benling.gateway.login-check-url", "http://127.0.0.1:1/realms/benling/.well-known/openid-configuration");
        }
    }

    @Test
    void aLoginWhileKeycloakIsAwayShowsAClearPageWithRetryAfter() {
        given().redirects().follow(false).get("/login?redirect=/cadres").then().statusCode(503)
                .header("Retry-After", "30").contentType("text/html")
                .body(containsString("登录服务暂时不可用")).body(containsString("Sign-in is unavailable"));
    }
}
