package org.benling.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The portfolio is composed from the owners' own answers to the caller (UpstreamStub plays the five services: it echoes
 * what reached it, refuses measures with 403, answers 404 for a cadre out of scope, and is slow or failing for two
 * cadres).
 */
@QuarkusTest
class PortfolioTest {

    static final UUID GUANGDONG = UUID.nameUUIDFromBytes("benling-unit:440000".getBytes());

    private static Map<String, String> statuses(JsonPath portfolio) {
        return portfolio.<Map<String, String>>getList("sections").stream()
                .collect(Collectors.toMap(s -> s.get("section"), s -> s.get("status")));
    }

    @Test
    void everySectionIsAskedOfItsOwnerWithTheCallersOwnTokenAndARestrictedOneIsMarkedNotFilled() {
        String token = Tokens.hr("hr-portfolio", GUANGDONG);
        UUID cadre = UUID.randomUUID();
        JsonPath portfolio = given().auth().oauth2(token).header("Accept-Language", "en")
                .get("/api/cadres/{id}/portfolio", cadre).then().statusCode(200)
                .contentType("application/json")
                .body("cadreId", equalTo(cadre.toString()))
                // each owner got the caller's token, not the gateway's, and the path that names the cadre
                .body("cadre.authorization", equalTo("Bearer " + token))
                .body("cadre.uri", equalTo("/api/cadres/" + cadre))
                .body("transfers.uri", equalTo("/api/cadres/" + cadre + "/transfers"))
                .body("compliance.uri", equalTo("/api/training/compliance/cadres/" + cadre))
                .body("trainingRecords.uri", containsString("/api/training/records?cadreId=" + cadre))
                .body("profile.uri", equalTo("/api/assessment/profiles/" + cadre))
                .body("profile.authorization", equalTo("Bearer " + token))
                .body("postings.uri", containsString("/api/rotation/postings?cadreId=" + cadre))
                .body("findings.uri", containsString("/api/inspection/findings?cadreId=" + cadre))
                // the owner refused the caller the measures: no content, and the section says so
                .body("measures", nullValue())
                .extract().jsonPath();
        Map<String, String> statuses = statuses(portfolio);
        assertEquals(12, statuses.size(), statuses.toString());
        assertEquals("RESTRICTED", statuses.remove("MEASURES"));
        statuses.values().forEach(status -> assertEquals("AVAILABLE", status, statuses.toString()));
    }

    @Test
    void aCadreOutsideTheCallersScopeHasNoPortfolio() {
        given().auth().oauth2(Tokens.hr("hr-portfolio", GUANGDONG))
                .get("/api/cadres/{id}/portfolio", UpstreamStub.OUT_OF_SCOPE).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://benling.org/problems/not-found"))
                .body("cadre", nullValue());
    }

    @Test
    void anOwnerThatIsSlowOrFailingLeavesItsSectionsUnavailableAndTheRestIsAnswered() {
        String token = Tokens.hr("hr-portfolio-down", GUANGDONG);
        long started = System.nanoTime();
        JsonPath slow = given().auth().oauth2(token).get("/api/cadres/{id}/portfolio", UpstreamStub.SLOW_TRAINING)
                .then().statusCode(200)
                .body("compliance", nullValue())
                .body("trainingRecords", nullValue())
                .body("cadre.uri", equalTo("/api/cadres/" + UpstreamStub.SLOW_TRAINING))
                .extract().jsonPath();
        Map<String, String> statuses = statuses(slow);
        for (String training : new String[] {"COMPLIANCE", "TRAINING_RECORDS", "TRAINING_PROPOSALS"}) {
            assertEquals("UNAVAILABLE", statuses.get(training), statuses.toString());
        }
        assertEquals("AVAILABLE", statuses.get("PROFILE"));
        // the deadline (1.5 s here) bounds the wait, not the slowest owner (4 s)
        long waited = (System.nanoTime() - started) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(waited < 3900, "waited " + waited + " ms");

        JsonPath failing = given().auth().oauth2(token).get("/api/cadres/{id}/portfolio", UpstreamStub.ROTATION_FAILS)
                .then().statusCode(200).body("postings", nullValue()).extract().jsonPath();
        Map<String, String> failed = statuses(failing);
        assertEquals("UNAVAILABLE", failed.get("POSTINGS"));
        assertEquals("UNAVAILABLE", failed.get("POSTING_ELIGIBILITY"));
        assertEquals("AVAILABLE", failed.get("COMPLIANCE"));
        assertEquals("rotation", failing.<Map<String, String>>getList("sections").stream()
                .filter(s -> s.get("section").equals("POSTINGS")).findFirst().orElseThrow().get("service"));
    }

    @Test
    void aCallerWithoutABenlingRoleOrTokenIsRefused() {
        given().get("/api/cadres/{id}/portfolio", UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(Tokens.token("integration-x", java.util.Set.of("integration"), null, null))
                .get("/api/cadres/{id}/portfolio", UUID.randomUUID()).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("https://benling.org/problems/forbidden"));
        given().auth().oauth2(Tokens.hr("hr-portfolio", GUANGDONG)).get("/api/cadres/not-a-uuid/portfolio").then()
                .statusCode(404).contentType("application/problem+json");
    }
}
