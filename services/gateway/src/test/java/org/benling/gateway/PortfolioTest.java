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
                .body("trips.uri", containsString("/api/inspection/trips?cadreId=" + cadre))
                .body("selection.uri", equalTo("/api/selection/cadres/" + cadre + "/record"))
                // the owner refused the caller the measures: no content, and the section says so
                .body("measures", nullValue())
                .extract().jsonPath();
        Map<String, String> statuses = statuses(portfolio);
        assertEquals(14, statuses.size(), statuses.toString());
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

    @Test
    void theAppointmentFormIsFilledFromThePortfolioAndLeavesBlankWhatTheCallerMayNotRead() throws Exception {
        io.restassured.response.Response answer = given().auth().oauth2(Tokens.hr("hr-form", GUANGDONG))
                .get("/api/cadres/{id}/appointment-form", UpstreamStub.FORM_CADRE);
        answer.then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("Content-Disposition", containsString("filename*=UTF-8''%E5%B9%B2%E9%83%A8%E4%BB%BB%E5%85%8D"));
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(answer.asInputStream())) {
            assertEquals("干部任免审批表", doc.getParagraphs().get(0).getText());
            var grid = doc.getTables().get(0);
            assertEquals("王敏", grid.getRow(0).getCell(1).getText());
            assertEquals("男", grid.getRow(0).getCell(3).getText());
            org.junit.jupiter.api.Assertions.assertTrue(grid.getRow(0).getCell(5).getText().matches("1985\\.05\\s*（\\d+岁）"),
                    grid.getRow(0).getCell(5).getText());
            assertEquals("2007.07", grid.getRow(2).getCell(3).getText());
            assertEquals("硕士研究生", grid.getRow(4).getCell(2).getText());
            assertEquals("广东省邮政管理局市场监管处处长", grid.getRow(6).getCell(1).getText());
            String resume = grid.getRow(9).getCell(1).getText();
            org.junit.jupiter.api.Assertions.assertTrue(resume.matches("(?s)2007\\.07\\s*—2021\\.06\\s+深圳市邮政管理局副局长\\s+"
                    + "2021\\.06\\s*—\\s+广东省邮政管理局市场监管处处长"), resume);
            // HR may not read the measures: the form leaves 奖惩情况 blank rather than claiming there are none
            assertEquals("", grid.getRow(10).getCell(1).getText());
            assertEquals("2023年度考核称职；2024年度考核不定等次；2025年度考核优秀。", grid.getRow(11).getCell(1).getText());
            assertEquals("", grid.getRow(7).getCell(1).getText(), "拟任职务 is the office's to fill");
        }
    }

    @Test
    void theFormIsForTheOfficesAndOutsideTheScopeThereIsNone() {
        given().auth().oauth2(Tokens.cadre("cadre-form", GUANGDONG, UUID.fromString(UpstreamStub.FORM_CADRE)))
                .get("/api/cadres/{id}/appointment-form", UpstreamStub.FORM_CADRE).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.hr("hr-form", GUANGDONG))
                .get("/api/cadres/{id}/appointment-form", UpstreamStub.OUT_OF_SCOPE).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
