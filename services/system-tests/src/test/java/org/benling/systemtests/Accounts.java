package org.benling.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Accounts a test makes in the realm for itself, through Keycloak's admin REST API: a role and the {@code unit_id}
 * / {@code cadre_id} attributes the tokens carry, so a scenario's callers belong to the scenario's own units.
 * {@link #deleteAll()} removes them again.
 */
final class Accounts {

    /** Keycloak's bootstrap administrator of a local stack (./benling start); never a real one. */
    private static final String ADMIN = setting("benling.keycloak-admin", "BENLING_KEYCLOAK_ADMIN", "admin");
    private static final String ADMIN_PASSWORD = setting("benling.keycloak-admin-password",
            "BENLING_KEYCLOAK_ADMIN_PASSWORD", "admin");
    /** The password of every account made here; the accounts live as long as the test. */
    private static final String PASSWORD = "St-" + UUID.randomUUID();

    private static final List<String> CREATED = new ArrayList<>();

    /** A new account with one realm role, belonging to {@code unitId} (and to {@code cadreId} if not null). */
    static String create(String prefix, String role, String unitId, String cadreId) {
        String username = (prefix + "-" + Long.toString(System.nanoTime(), 36)).toLowerCase();
        Map<String, List<String>> attributes = new HashMap<>();
        attributes.put("unit_id", List.of(unitId));
        if (cadreId != null) {
            attributes.put("cadre_id", List.of(cadreId));
        }
        Map<String, Object> user = new HashMap<>();
        user.put("username", username);
        user.put("enabled", true);
        user.put("emailVerified", true);
        // the realm's user profile requires names and an e-mail; without them Keycloak asks to complete the profile
        user.put("firstName", "测试");
        user.put("lastName", role);
        user.put("email", username + "@benling.example");
        user.put("attributes", attributes);
        user.put("credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)));
        String location = realm().body(user).post("/users").then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        CREATED.add(id);
        Map<String, Object> realmRole = realm().get("/roles/" + role).then().statusCode(200).extract().as(Map.class);
        realm().body(List.of(realmRole)).post("/users/" + id + "/role-mappings/realm").then().statusCode(204);
        Stack.login(username, PASSWORD);
        return username;
    }

    static void deleteAll() {
        for (String id : CREATED) {
            realm().delete("/users/" + id);
        }
        CREATED.clear();
    }

    /** The admin API of realm benling, with a token of its own for each call (master tokens live a minute). */
    private static RequestSpecification realm() {
        String token = given().baseUri(Stack.KEYCLOAK).contentType(ContentType.URLENC)
                .formParam("client_id", "admin-cli").formParam("grant_type", "password")
                .formParam("username", ADMIN).formParam("password", ADMIN_PASSWORD)
                .post("/realms/master/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        return given().baseUri(Stack.KEYCLOAK + "/admin/realms/benling").auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property, System.getenv(env));
        return value == null || value.isBlank() ? fallback : value;
    }

    private Accounts() {
    }
}
