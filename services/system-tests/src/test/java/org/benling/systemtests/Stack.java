package org.benling.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The running Benling stack as a client sees it: the gateway's /api with bearer tokens from Keycloak (password
 * grant of the local demo users, enabled for CLI tests only; see deploy/keycloak/benling-realm.json).
 */
final class Stack {

    static final String URL = System.getProperty("benling.url", "http://localhost:8080");
    static final String KEYCLOAK = System.getProperty("benling.keycloak-url", "http://localhost:8180");
    /** Local demo credentials (deploy/keycloak/benling-realm.json); never used outside a developer machine. */
    private static final String DEMO_PASSWORD = "benling-demo";
    private static final String GATEWAY_SECRET = "benling-gateway-local-demo-secret";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    static RequestSpecification as(String user) {
        return given().baseUri(URL).auth().oauth2(token(user)).contentType(ContentType.JSON);
    }

    static String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> given().baseUri(KEYCLOAK).contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("scope", "openid")
                .formParam("client_id", "benling-gateway").formParam("client_secret", GATEWAY_SECRET)
                .formParam("username", u).formParam("password", DEMO_PASSWORD)
                .post("/realms/benling/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token"));
    }

    private Stack() {
    }
}
