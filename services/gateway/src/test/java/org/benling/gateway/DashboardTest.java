package org.benling.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The dashboard is composed from the owners' figures as the caller may see them (UpstreamStub echoes what reached it,
 * refuses measures with 403 and fails rotation for one unit), kept briefly per scope when complete.
 */
@QuarkusTest
class DashboardTest {

    static final UUID GUANGDONG = UUID.nameUUIDFromBytes("benling-unit:440000".getBytes());

    private static Map<String, String> statuses(JsonPath dashboard) {
        return dashboard.<Map<String, String>>getList("sections").stream()
                .collect(Collectors.toMap(s -> s.get("section"), s -> s.get("status")));
    }

    @Test
    void eachFigureIsAskedOfItsOwnerForTheUnitAndYearWithTheCallersToken() {
        String token = Tokens.hr("hr-dashboard", GUANGDONG);
        UUID unit = UUID.randomUUID();
        JsonPath dashboard = given().auth().oauth2(token).queryParam("unitId", unit).queryParam("year", 2025)
                .get("/api/dashboard").then().statusCode(200)
                .body("unitId", equalTo(unit.toString())).body("year", equalTo(2025))
                .body("assessment.uri", equalTo("/api/assessment/figures?unitId=" + unit + "&year=2025"))
                .body("assessment.authorization", equalTo("Bearer " + token))
                // 学时 compliance is as of today, not by year
                .body("compliance.uri", equalTo("/api/training/compliance/figures?unitId=" + unit))
                .body("rotation.uri", equalTo("/api/rotation/balance?unitId=" + unit + "&year=2025"))
                .body("coverage.uri", equalTo("/api/inspection/coverage?unitId=" + unit))
                .body("overdueFindings.uri", equalTo("/api/inspection/findings?overdue=true&size=20&sort=dueOn&unitId=" + unit))
                // the four forms are for leaders and inspectors: the owner refused HR
                .body("forms", nullValue())
                .extract().jsonPath();
        Map<String, String> statuses = statuses(dashboard);
        assertEquals("RESTRICTED", statuses.remove("FORMS"));
        statuses.values().forEach(status -> assertEquals("AVAILABLE", status, statuses.toString()));
    }

    @Test
    void aCompleteAnswerIsKeptBrieflyPerScopeAndFreshAsksAgain() {
        UUID unit = UUID.randomUUID();
        String first = given().auth().oauth2(Tokens.hr("hr-dash-a", GUANGDONG)).queryParam("unitId", unit)
                .get("/api/dashboard").then().statusCode(200).extract().path("composedAt");
        // another HR officer of the same office sees what the owners answer for that scope: the same, kept
        assertEquals(first, given().auth().oauth2(Tokens.hr("hr-dash-b", GUANGDONG)).queryParam("unitId", unit)
                .get("/api/dashboard").then().statusCode(200).extract().path("composedAt"));
        // another office is another scope
        assertNotEquals(first, given().auth().oauth2(Tokens.hr("hr-dash-c", UUID.randomUUID())).queryParam("unitId", unit)
                .get("/api/dashboard").then().statusCode(200).extract().path("composedAt"));
        assertNotEquals(first, given().auth().oauth2(Tokens.hr("hr-dash-a", GUANGDONG)).queryParam("unitId", unit)
                .queryParam("fresh", true).get("/api/dashboard").then().statusCode(200).extract().path("composedAt"));
    }

    @Test
    void anAnswerWithAnOwnerDownIsAnsweredButNeverKept() {
        String token = Tokens.hr("hr-dash-down", GUANGDONG);
        JsonPath first = given().auth().oauth2(token).queryParam("unitId", UpstreamStub.ROTATION_FAILS)
                .get("/api/dashboard").then().statusCode(200).body("rotation", nullValue()).extract().jsonPath();
        assertEquals("UNAVAILABLE", statuses(first).get("ROTATION"));
        assertEquals("AVAILABLE", statuses(first).get("ASSESSMENT"));
        String again = given().auth().oauth2(token).queryParam("unitId", UpstreamStub.ROTATION_FAILS)
                .get("/api/dashboard").then().statusCode(200).extract().path("composedAt");
        assertNotEquals(first.getString("composedAt"), again);
    }

    /** Even though the overdue findings, a filtered list, answer an empty page for it. */
    @Test
    void aUnitNoOwnerShowsTheCallerIsNotFound() {
        given().auth().oauth2(Tokens.hr("hr-dash-other", GUANGDONG)).queryParam("unitId", UpstreamStub.OUT_OF_SCOPE)
                .get("/api/dashboard").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://benling.org/problems/not-found"));
    }

    @Test
    void aCadreHasNoDashboardAndAYearIsAYear() {
        given().auth().oauth2(Tokens.cadre("cadre-dash", GUANGDONG, UUID.randomUUID())).get("/api/dashboard").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.leader(GUANGDONG)).queryParam("year", 20250).get("/api/dashboard").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://benling.org/problems/validation"))
                .body("violations[0].field", equalTo("year"));
    }
}
