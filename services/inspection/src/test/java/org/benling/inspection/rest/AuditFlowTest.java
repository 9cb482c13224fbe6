package org.benling.inspection.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.benling.inspection.TestRoster;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 经济责任审计: a province audits the leader of a municipal administration on leaving post; the audit's findings follow
 * the one rectification flow of 巡视巡察 (deadline from the feedback, overdue detection, the unit's report), and the
 * audit counts toward no inspection coverage.
 */
@QuarkusTest
class AuditFlowTest {

    @Inject TestRoster roster;

    @BeforeEach
    void setUp() {
        roster.load();
    }

    /** Guangdong's departure audit of 李强 (Guangzhou): on site five months ago, the report a month later. */
    static Map<String, Object> audit() {
        LocalDate start = TestClock.today().minusMonths(5);
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "AUDIT");
        body.put("ownerUnitId", TestRoster.GUANGDONG);
        body.put("title", "广州市邮政管理局原局长离任经济责任审计");
        body.put("teamLeader", "审计组组长 周审");
        body.put("teamMembers", List.of("吴审计"));
        body.put("onSiteStart", start.toString());
        body.put("onSiteEnd", start.plusDays(20).toString());
        body.put("feedbackDate", start.plusMonths(1).toString());
        body.put("auditType", "DEPARTURE");
        body.put("auditeeCadreId", TestRoster.LI);
        body.put("auditFrom", "2021-03-01");
        body.put("auditTo", start.minusDays(1).toString());
        return body;
    }

    static io.restassured.response.ValidatableResponse plan(Map<String, Object> body) {
        return given().auth().oauth2(Logins.inspectorGuangdong()).contentType(ContentType.JSON).body(body)
                .post("/api/inspection/rounds").then();
    }

    @Test
    void anAuditsFindingsFollowTheOneRectificationFlowOfInspections() {
        String round = plan(audit()).statusCode(201).body("kind", equalTo("AUDIT")).body("auditType", equalTo("DEPARTURE"))
                .body("auditeeName", equalTo("李强")).body("targets.unitId", equalTo(List.of(TestRoster.GUANGZHOU.toString())))
                .extract().path("id");
        given().auth().oauth2(Logins.inspectorGuangdong()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/inspection/rounds/" + round + "/start").then().statusCode(200);
        Map<String, Object> finding = InspectionFlowTest.finding(TestRoster.GUANGZHOU, TestRoster.LI);
        finding.put("category", "财务管理");
        finding.put("description", "审计发现：专项资金未按规定用途使用");
        String id = given().auth().oauth2(Logins.inspectorGuangdong()).contentType(ContentType.JSON).body(finding)
                .post("/api/inspection/rounds/" + round + "/findings").then().statusCode(201)
                .body("dueOn", equalTo(LocalDate.parse((String) audit().get("feedbackDate")).plusMonths(2).toString()))
                .extract().path("id");
        // past its deadline: overdue on the board of the unit's HR, as any finding
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("overdue", true).queryParam("size", 200)
                .get("/api/inspection/findings").then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(InspectionFlowTest.report())
                .post("/api/inspection/findings/" + id + "/rectification").then().statusCode(200)
                .body("status", equalTo("REPORTED"));
        given().auth().oauth2(Logins.inspectorGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("conclusion", "整改到位，予以销号")).post("/api/inspection/findings/" + id + "/close").then()
                .statusCode(200).body("status", equalTo("CLOSED"));
        given().auth().oauth2(Logins.inspector()).queryParam("kind", "AUDIT").queryParam("size", 200)
                .get("/api/inspection/rounds").then().statusCode(200).body("items.id", hasItem(round));
        // an audit is no 巡察: it covers nothing in the term's coverage
        given().auth().oauth2(Logins.inspectorGuangdong()).queryParam("unitId", TestRoster.GUANGDONG)
                .get("/api/inspection/coverage").then().statusCode(200).body("rows.roundId", not(hasItem(round)));
    }

    @Test
    void anAuditNamesItsTypeLeaderAndPeriodAndOnlyAnAuditDoes() {
        Map<String, Object> bare = audit();
        bare.remove("auditType");
        bare.remove("auditeeCadreId");
        bare.remove("auditFrom");
        plan(bare).statusCode(400).body("violations.field", hasItems("auditType", "auditeeCadreId", "auditFrom"));
        Map<String, Object> elsewhere = audit();
        elsewhere.put("auditeeCadreId", TestRoster.BEIJING_CADRE);
        plan(elsewhere).statusCode(400).body("violations.field", hasItem("auditeeCadreId"));
        Map<String, Object> ownUnit = audit();
        ownUnit.put("targetUnitIds", List.of(TestRoster.SHENZHEN));
        plan(ownUnit).statusCode(400).body("violations.field", hasItem("targetUnitIds"));
        Map<String, Object> backwards = audit();
        backwards.put("auditTo", "2020-01-01");
        plan(backwards).statusCode(400).body("violations.field", hasItem("auditTo"));
        Map<String, Object> circuit = audit();
        circuit.put("kind", "CIRCUIT");
        circuit.put("targetUnitIds", List.of(TestRoster.GUANGZHOU));
        plan(circuit).statusCode(400).body("violations.field", hasItem("auditType"));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(audit())
                .post("/api/inspection/rounds").then().statusCode(403);
    }
}
