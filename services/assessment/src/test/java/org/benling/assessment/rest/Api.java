package org.benling.assessment.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.assessment.TestRoster;
import org.benling.testing.Logins;

/** The calls the assessment tests make again and again, through the REST API like any client. */
final class Api {

    static String openCycle(TestRoster.Unit unit, int year) {
        return given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("unitId", unit.id(), "year", year)).post("/api/assessment/cycles")
                .then().statusCode(201).extract().path("id");
    }

    /** Review id per cadre id. */
    static Map<String, String> reviews(String cycleId) {
        List<Map<String, Object>> items = given().auth().oauth2(Logins.hrGuangdong())
                .get("/api/assessment/cycles/" + cycleId + "/reviews?size=200").then().statusCode(200)
                .extract().path("items");
        return items.stream().collect(java.util.stream.Collectors.toMap(i -> (String) i.get("cadreId"), i -> (String) i.get("id")));
    }

    static int version(String cycleId, String reviewId) {
        return given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/cycles/" + cycleId + "/reviews/" + reviewId)
                .then().statusCode(200).extract().path("version");
    }

    /** HR rates a review with the same score for every capability and proposes a grade. */
    static io.restassured.response.Response rate(String cycleId, String reviewId, String grade, int capabilityScore) {
        Map<String, Object> caps = new java.util.LinkedHashMap<>();
        for (var c : org.benling.contracts.Capability.values()) {
            caps.put(c.name(), capabilityScore);
        }
        return given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("superiorGrade", grade, "performanceScore", 85, "styleScore", 88, "conductScore", 90,
                        "capabilityScores", caps, "proposedGrade", grade, "version", version(cycleId, reviewId)))
                .put("/api/assessment/cycles/" + cycleId + "/reviews/" + reviewId);
    }

    /** Rate every review of the unit: the first {@code excellent} cadres 优秀, the rest 称职. */
    static void rateAll(String cycleId, TestRoster.Unit unit, int excellent) {
        Map<String, String> reviews = reviews(cycleId);
        for (int i = 1; i <= unit.cadres().size(); i++) {
            String review = reviews.get(unit.cadre(i).toString());
            rate(cycleId, review, i <= excellent ? "EXCELLENT" : "COMPETENT", 70 + i).then().statusCode(200);
        }
    }

    static io.restassured.response.Response finalizeCycle(String cycleId, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
                .post("/api/assessment/cycles/" + cycleId + "/finalize");
    }

    static UUID uuid(String s) {
        return UUID.fromString(s);
    }

    private Api() {
    }
}
