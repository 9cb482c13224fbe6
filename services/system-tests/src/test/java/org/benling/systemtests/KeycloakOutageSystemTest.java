package org.benling.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keycloak stopped (the chaos scenario R5 of docs/reliability.md): tokens already issued keep working for reads and
 * writes (every service checks them with the keys it holds), a browser sent to log in gets the gateway's page saying
 * sign-in is unavailable (503, Retry-After) instead of a connection error, and once Keycloak is back new logins work
 * again without restarting anything.
 */
class KeycloakOutageSystemTest {

    @Test
    void issuedTokensKeepWorkingNewLoginsGetAClearPageAndEverythingRecovers() throws Exception {
        Stack.Fixture fixture = Stack.newUnit("R5", 1);
        String cadre = fixture.cadres().get(0);
        String token = Stack.freshToken(Stack.HR); // issued just before the outage
        long began = System.nanoTime();
        Faults.stop("keycloak", false);
        long stoppedAt = System.nanoTime();
        try {
            int reads = 0;
            int writes = 0;
            for (int i = 0; i < 5; i++) {
                given().baseUri(Stack.URL).auth().oauth2(token).get("/api/cadres/" + cadre).then().statusCode(200);
                given().baseUri(Stack.URL).auth().oauth2(token).get("/api/assessment/profiles/" + cadre).then().statusCode(200);
                reads += 2;
                given().baseUri(Stack.URL).auth().oauth2(token).contentType("application/json")
                        .body(Map.of("cadreId", cadre, "title", "认证服务中断 " + fixture.stamp(), "capabilities",
                                List.of("LEARNING"), "hours", "1.0", "completedOn", Stack.today().minusDays(1).toString(),
                                "evidence", "R5")).post("/api/training/records").then().statusCode(201);
                writes++;
            }
            // a new login at Keycloak itself cannot happen now
            assertThrows(Exception.class, () -> Stack.freshToken("leader"), "Keycloak issued a token while stopped");
            Response login = given().baseUri(Stack.URL).redirects().follow(false).get("/login?redirect=/");
            assertEquals(503, login.statusCode(), login.asString());
            assertTrue(login.contentType().startsWith("text/html"), login.contentType());
            assertTrue(login.asString().contains("登录服务暂时不可用"), login.asString());
            assertEquals("30", login.header("Retry-After"));
            System.out.printf("R5 Keycloak stopped: %d reads and %d writes with an issued token answered, a new login"
                    + " answered 503 with the sign-in-unavailable page%n", reads, writes);
        } finally {
            Faults.startMissing();
        }
        long back = System.nanoTime();
        // back: the login redirects to Keycloak again, and a new token is issued and accepted
        await().atMost(Duration.ofSeconds(30)).until(() -> given().baseUri(Stack.URL).redirects().follow(false)
                .get("/login?redirect=/").statusCode() == 302);
        String fresh = Stack.freshToken(Stack.HR);
        given().baseUri(Stack.URL).auth().oauth2(fresh).get("/api/cadres/" + cadre).then().statusCode(200);
        System.out.printf("R5: Keycloak away %.1f s, logins again %.1f s after it was started (test %.0f s)%n",
                (back - stoppedAt) / 1e9, (System.nanoTime() - back) / 1e9, (System.nanoTime() - began) / 1e9);
    }
}
