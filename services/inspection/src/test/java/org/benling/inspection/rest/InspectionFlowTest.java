package org.benling.inspection.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.events.EventSchemas;
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.inspection.TestRoster;
import org.benling.inspection.domain.rules.InspectionPolicy;
import org.benling.testing.KafkaBroker;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InspectionFlowTest {

    @Inject TestRoster roster;

    @BeforeEach
    void setUp() {
        roster.load();
    }

    /** A 巡视 of Guangdong by the bureau: on site {@code monthsAgo} months ago, feedback a month later. */
    static Map<String, Object> inspection(int monthsAgo, UUID... targets) {
        LocalDate start = TestClock.today().minusMonths(monthsAgo);
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "INSPECTION");
        body.put("ownerUnitId", TestRoster.BUREAU);
        body.put("title", "十四届党组第三轮巡视");
        body.put("teamLeader", "巡视组组长 张明");
        body.put("teamMembers", List.of("刘洋", "孙丽"));
        body.put("targetUnitIds", List.of(targets));
        body.put("onSiteStart", start.toString());
        body.put("onSiteEnd", start.plusDays(20).toString());
        body.put("feedbackDate", start.plusMonths(1).toString());
        return body;
    }

    static String plan(Map<String, Object> body) {
        return given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON).body(body)
                .post("/api/inspection/rounds").then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.Response move(String round, String command) {
        return given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/inspection/rounds/" + round + "/" + command);
    }

    static Map<String, Object> finding(UUID unit, UUID... cadres) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unit);
        body.put("cadreIds", List.of(cadres));
        body.put("category", "安全监管");
        body.put("severity", "SERIOUS");
        body.put("capability", "RISK_MANAGEMENT");
        body.put("description", "寄递安全监管存在薄弱环节，隐患排查不彻底");
        body.put("rectificationOwner", "广东省邮政管理局市场监管处");
        return body;
    }

    static String record(String round, Map<String, Object> body) {
        return given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON).body(body)
                .post("/api/inspection/rounds/" + round + "/findings").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> report() {
        return Map.of("summary", "已完成隐患排查整治", "measures", "建立台账，逐项销号；修订监管制度",
                "evidence", List.of("粤邮管〔2026〕12号", "整改台账.xlsx"), "completedOn", TestClock.today().toString());
    }

    @Test
    void aRoundOfTwoProvincesCountsForHrOnlyTheFindingsOfItsOwn() {
        String round = plan(inspection(1, TestRoster.GUANGDONG, TestRoster.BEIJING));
        move(round, "start").then().statusCode(200);
        Map<String, Object> beijing = finding(TestRoster.BEIJING);
        beijing.put("rectificationOwner", "北京市邮政管理局");
        record(round, finding(TestRoster.GUANGDONG));
        record(round, beijing);
        record(round, beijing);
        given().auth().oauth2(Logins.inspector()).get("/api/inspection/rounds/" + round).then().statusCode(200)
                .body("findings", equalTo(3)).body("openFindings", equalTo(3));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/inspection/rounds/" + round).then().statusCode(200)
                .body("findings", equalTo(1)).body("openFindings", equalTo(1));
        given().auth().oauth2(Logins.hrBeijing()).get("/api/inspection/rounds/" + round).then().statusCode(200)
                .body("findings", equalTo(2));
        String inList = "items.find { it.id == '" + round + "' }";
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("size", 200).get("/api/inspection/rounds").then()
                .statusCode(200).body(inList + ".findings", equalTo(1)).body(inList + ".targets.size()", equalTo(2));
        given().auth().oauth2(Logins.inspector()).queryParam("size", 200).queryParam("status", "ON_SITE")
                .get("/api/inspection/rounds").then().statusCode(200).body(inList + ".findings", equalTo(3))
                .body("items.status", everyItem(equalTo("ON_SITE")));
        given().auth().oauth2(Logins.inspector()).queryParam("size", 1).get("/api/inspection/rounds").then()
                .statusCode(200).body("items.size()", equalTo(1)).body("size", equalTo(1));
    }

    /** A cadre's portfolio lists the findings that name the cadre or make them answer for the rectification. */
    @Test
    void theFindingsOfACadreAreThoseNamingThemOrOwnedByThem() {
        String round = plan(inspection(1, TestRoster.GUANGDONG, TestRoster.BEIJING));
        move(round, "start").then().statusCode(200);
        String naming = record(round, finding(TestRoster.GUANGDONG, TestRoster.LI, TestRoster.CHEN));
        Map<String, Object> owned = finding(TestRoster.GUANGDONG);
        owned.put("ownerCadreId", TestRoster.LI);
        String owning = record(round, owned);
        record(round, finding(TestRoster.GUANGDONG, TestRoster.CHEN));
        Map<String, Object> beijing = finding(TestRoster.BEIJING, TestRoster.BEIJING_CADRE);
        beijing.put("rectificationOwner", "北京市邮政管理局");
        record(round, beijing);

        given().auth().oauth2(Logins.inspector()).queryParam("roundId", round).queryParam("cadreId", TestRoster.LI)
                .queryParam("sort", "recordedAt").get("/api/inspection/findings").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", equalTo(List.of(naming, owning)));
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("roundId", round).queryParam("cadreId", TestRoster.CHEN)
                .get("/api/inspection/findings").then().statusCode(200).body("total", equalTo(2));
        // a cadre outside the caller's scope is not a filter that answers an empty page: it does not exist for them
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("cadreId", TestRoster.BEIJING_CADRE)
                .get("/api/inspection/findings").then().statusCode(404);
        given().auth().oauth2(Logins.inspector()).queryParam("cadreId", "not-a-uuid")
                .get("/api/inspection/findings").then().statusCode(400);
    }

    @Test
    void aRoundGoesThroughItsStagesAndItsFindingsAreRectifiedAndClosed() {
        KafkaCompanion kafka = KafkaBroker.shared().companion();
        var topic = kafka.consumeStrings().fromTopics("inspection.supervision");
        try {
            Map<String, Object> body = inspection(1, TestRoster.GUANGDONG);
            String round = plan(body);
            given().auth().oauth2(Logins.hrGuangdong()).get("/api/inspection/rounds/" + round).then().statusCode(200)
                    .body("status", equalTo("PLANNED")).body("targets.name", equalTo(List.of("广东省邮政管理局")))
                    .body("allowedCommands", equalTo(List.of()));
            given().auth().oauth2(Logins.inspector()).get("/api/inspection/rounds/" + round).then()
                    .body("allowedCommands", equalTo(List.of("START")));
            given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON).body(finding(TestRoster.GUANGDONG, TestRoster.CHEN))
                    .post("/api/inspection/rounds/" + round + "/findings").then().statusCode(409);
            move(round, "start").then().statusCode(200).body("status", equalTo("ON_SITE"));
            move(round, "rectify").then().statusCode(409).body("type", containsString("invalid-transition"));

            String findingId = given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON)
                    .body(finding(TestRoster.GUANGDONG, TestRoster.CHEN)).post("/api/inspection/rounds/" + round + "/findings").then()
                    .statusCode(201).body("status", equalTo("OPEN"))
                    .body("dueOn", equalTo(LocalDate.parse((String) body.get("feedbackDate")).plusMonths(2).toString()))
                    .body("cadres[0].name", equalTo("陈立")).extract().path("id");
            move(round, "feedback").then().statusCode(200).body("status", equalTo("FEEDBACK"))
                    .body("feedbackOn", equalTo(TestClock.today().toString()));
            move(round, "rectify").then().statusCode(200).body("status", equalTo("RECTIFICATION"));
            move(round, "close").then().statusCode(422).body("type", containsString("findings-open"));

            String url = "/api/inspection/findings/" + findingId;
            given().auth().oauth2(Logins.hrBeijing()).get(url).then().statusCode(404);
            given().auth().oauth2(Logins.hrGuangdong()).get(url).then().statusCode(200).body("mayReport", equalTo(true))
                    .body("mayJudge", equalTo(false));
            given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                    .body(Map.of("summary", "已整改", "completedOn", TestClock.today().plusDays(1).toString()))
                    .post(url + "/rectification").then().statusCode(400)
                    .body("violations.field", hasItems("measures", "evidence", "completedOn"));
            given().auth().oauth2(Logins.hrBeijing()).contentType(ContentType.JSON).body(report())
                    .post(url + "/rectification").then().statusCode(404);
            given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(report())
                    .post(url + "/rectification").then().statusCode(200).body("status", equalTo("REPORTED"))
                    .body("reports[0].evidence", hasItem("整改台账.xlsx"));
            given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(Map.of("conclusion", "同意"))
                    .post(url + "/close").then().statusCode(403);
            given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON).body(Map.of("note", "佐证不足"))
                    .post(url + "/return").then().statusCode(200).body("status", equalTo("OPEN"))
                    .body("reports[0].verdict", equalTo("RETURNED"));
            given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(report())
                    .post(url + "/rectification").then().statusCode(200);
            given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON).body(Map.of("conclusion", " "))
                    .post(url + "/close").then().statusCode(400);
            given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON).body(Map.of("conclusion", "整改到位，予以销号"))
                    .post(url + "/close").then().statusCode(200).body("status", equalTo("CLOSED"))
                    .body("closedBy", equalTo("inspector"));
            move(round, "close").then().statusCode(200).body("status", equalTo("CLOSED"));
            given().auth().oauth2(Logins.inspector()).get(url + "/audit").then().statusCode(200)
                    .body("size()", greaterThan(3));

            // recorded, reported, returned (awaiting a report again: recorded once more), reported, closed
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.getRecords().stream()
                    .filter(r -> r.value().contains(findingId)).count() >= 5);
            topic.stop();
            var recorded = topic.getRecords().stream().filter(r -> r.value().contains(findingId)).toList();
            assertEquals(TestRoster.GUANGDONG.toString(), recorded.get(0).key());
            assertTrue(recorded.get(0).value().contains(InspectionEvents.FINDING_RECORDED.type()));
            List<String> types = recorded.stream().map(r -> io.restassured.path.json.JsonPath.from(r.value())
                    .getString("type")).toList();
            assertEquals(List.of(InspectionEvents.RECTIFICATION_REPORTED.type(), InspectionEvents.FINDING_RECORDED.type(),
                    InspectionEvents.RECTIFICATION_REPORTED.type(), InspectionEvents.FINDING_CLOSED.type()),
                    types.subList(types.size() - 4, types.size()), types.toString());
            recorded.forEach(r -> assertEquals(List.of(), EventSchemas.violations(r.value())));
        } finally {
            kafka.close();
        }
    }

    @Test
    void aDeadlineDerivedFromThePlannedFeedbackFollowsTheActualOneWhileOneSetByTheInspectorStays() {
        Map<String, Object> body = inspection(2, TestRoster.GUANGDONG);
        LocalDate planned = LocalDate.parse((String) body.get("feedbackDate"));
        String round = plan(body);
        move(round, "start").then().statusCode(200);
        String derived = record(round, finding(TestRoster.GUANGDONG, TestRoster.CHEN));
        Map<String, Object> withDeadline = finding(TestRoster.GUANGDONG, TestRoster.CHEN);
        withDeadline.put("dueOn", planned.plusMonths(4).toString());
        String set = record(round, withDeadline);
        String url = "/api/inspection/findings/";
        given().auth().oauth2(Logins.inspector()).get(url + derived).then().body("dueOn", equalTo(planned.plusMonths(2).toString()));

        // feedback a month later than planned: the derived deadline is two months after the actual feedback
        move(round, "feedback").then().statusCode(200).body("feedbackOn", equalTo(TestClock.today().toString()));
        given().auth().oauth2(Logins.inspector()).get(url + derived).then()
                .body("dueOn", equalTo(TestClock.today().plusMonths(2).toString()));
        given().auth().oauth2(Logins.inspector()).get(url + set).then()
                .body("dueOn", equalTo(planned.plusMonths(4).toString()));
    }

    @Test
    void roundsAndFindingsRefuseWhatTheRulesDoNotAllow() {
        given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON).body(Map.of()).post("/api/inspection/rounds")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("kind", "title", "teamLeader", "onSiteStart", "ownerUnitId"));
        given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON).body(inspection(1, TestRoster.GUANGZHOU))
                .post("/api/inspection/rounds").then().statusCode(400).body("violations[0].field", equalTo("targetUnitIds[0]"));
        Map<String, Object> circuit = inspection(1, TestRoster.GUANGZHOU);
        circuit.put("kind", "CIRCUIT");
        given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON).body(circuit)
                .post("/api/inspection/rounds").then().statusCode(400).body("violations.field", hasItem("ownerUnitId"));
        circuit.put("ownerUnitId", TestRoster.GUANGDONG);
        given().auth().oauth2(Logins.inspectorBeijing()).contentType(ContentType.JSON).body(circuit)
                .post("/api/inspection/rounds").then().statusCode(403);
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(circuit)
                .post("/api/inspection/rounds").then().statusCode(403);
        String round = given().auth().oauth2(Logins.inspectorGuangdong()).contentType(ContentType.JSON).body(circuit)
                .post("/api/inspection/rounds").then().statusCode(201).body("kind", equalTo("CIRCUIT")).extract().path("id");
        given().auth().oauth2(Logins.inspectorGuangdong()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/inspection/rounds/" + round + "/start").then().statusCode(200);
        Map<String, Object> wrongUnit = finding(TestRoster.SHENZHEN, TestRoster.LI);
        wrongUnit.put("category", "其他");
        wrongUnit.put("cadreIds", List.of(UUID.randomUUID()));
        given().auth().oauth2(Logins.inspectorGuangdong()).contentType(ContentType.JSON).body(wrongUnit)
                .post("/api/inspection/rounds/" + round + "/findings").then().statusCode(400)
                .body("violations.field", hasItems("unitId", "category", "cadreIds[0]"));
        Map<String, Object> early = finding(TestRoster.GUANGZHOU, TestRoster.LI);
        early.put("dueOn", TestClock.today().minusYears(1).toString());
        given().auth().oauth2(Logins.inspectorGuangdong()).contentType(ContentType.JSON).body(early)
                .post("/api/inspection/rounds/" + round + "/findings").then().statusCode(400)
                .body("violations.field", hasItem("dueOn"));
        given().auth().oauth2(Logins.inspectorBeijing()).get("/api/inspection/rounds/" + round).then().statusCode(404);
        given().auth().oauth2(Logins.inspectorBeijing()).queryParam("size", 200).get("/api/inspection/rounds").then()
                .statusCode(200).body("items.id", not(hasItem(round)));
        given().auth().oauth2(Logins.inspector()).get("/api/inspection/rounds?status=DONE").then().statusCode(400);
        given().auth().oauth2(Logins.inspector()).get("/api/inspection/rounds?sort=teamLeader").then().statusCode(400)
                .body("violations.field", hasItem("sort"));
        given().get("/api/inspection/rounds").then().statusCode(401);
    }

    @Test
    void anOverdueFindingIsMarkedAndReportedOncePerDeadline() {
        String round = plan(inspection(5, TestRoster.GUANGDONG));
        move(round, "start").then().statusCode(200);
        String finding = record(round, finding(TestRoster.GUANGDONG, TestRoster.CHEN));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/inspection/findings?overdue=true&size=200").then()
                .statusCode(200).body("items.id", hasItem(finding))
                .body("items.find { it.id == '" + finding + "' }.daysOverdue", greaterThan(0));
        KafkaCompanion kafka = KafkaBroker.shared().companion();
        var topic = kafka.consumeStrings().fromTopics("inspection.supervision");
        try {
            given().auth().oauth2(Logins.admin()).post("/api/inspection/daily-run").then().statusCode(200)
                    .body("overdueFindings", greaterThan(0));
            given().auth().oauth2(Logins.admin()).post("/api/inspection/daily-run").then().statusCode(200)
                    .body("overdueFindings", equalTo(0));
            given().auth().oauth2(Logins.inspector()).post("/api/inspection/daily-run").then().statusCode(403);
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.getRecords().stream().anyMatch(r ->
                    r.value().contains(InspectionEvents.RECTIFICATION_OVERDUE.type()) && r.value().contains(finding)));
            topic.stop();
            var overdue = topic.getRecords().stream().filter(r -> r.value().contains(InspectionEvents.RECTIFICATION_OVERDUE.type())
                    && r.value().contains(finding)).toList();
            assertEquals(1, overdue.size(), "once per deadline");
            assertEquals(List.of(), EventSchemas.violations(overdue.get(0).value()));
        } finally {
            kafka.close();
        }
    }

    @Test
    void aFollowUpRoundReopensAClosedFindingThatWasNotFixed() {
        String round = plan(inspection(2, TestRoster.GUANGDONG));
        move(round, "start").then().statusCode(200);
        String finding = record(round, finding(TestRoster.GUANGDONG, TestRoster.CHEN));
        move(round, "feedback").then().statusCode(200);
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(report())
                .post("/api/inspection/findings/" + finding + "/rectification").then().statusCode(200);
        given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON).body(Map.of("conclusion", "销号"))
                .post("/api/inspection/findings/" + finding + "/close").then().statusCode(200);

        Map<String, Object> followUp = inspection(0);
        followUp.put("title", "巡视整改回头看");
        followUp.put("followUpOf", round);
        followUp.put("recheckFindingIds", List.of(UUID.randomUUID()));
        given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON).body(followUp)
                .post("/api/inspection/rounds").then().statusCode(400).body("violations[0].field", equalTo("recheckFindingIds[0]"));
        followUp.put("recheckFindingIds", List.of(finding));
        followUp.put("feedbackDate", TestClock.today().plusMonths(1).toString());
        String check = given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON).body(followUp)
                .post("/api/inspection/rounds").then().statusCode(201)
                .body("targets.unitId", equalTo(List.of(TestRoster.GUANGDONG.toString())))
                .body("recheckFindingIds", equalTo(List.of(finding))).extract().path("id");
        given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON)
                .body(Map.of("roundId", check, "fixed", false, "note", "问题反弹"))
                .post("/api/inspection/findings/" + finding + "/recheck").then().statusCode(409);
        move(check, "start").then().statusCode(200);
        given().auth().oauth2(Logins.inspector()).contentType(ContentType.JSON)
                .body(Map.of("roundId", check, "fixed", false, "note", "隐患台账未闭环，问题反弹"))
                .post("/api/inspection/findings/" + finding + "/recheck").then().statusCode(200)
                .body("status", equalTo("REOPENED"))
                .body("dueOn", equalTo(TestClock.today().plusMonths(1).plusMonths(2).toString()))
                .body("mayReport", equalTo(false));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/inspection/findings/" + finding).then()
                .body("mayReport", equalTo(true));
    }

    @Test
    void coverageInTheTermShowsInspectedPlannedAndNotYetUnits() {
        // two provinces of the test's own, so that no other test's rounds cover them, and dates inside the
        // current term whatever day the test clock says it is
        String stamp = "P" + System.nanoTime() % 100_000_000;
        UUID inspected = roster.province(stamp + "A", 2);
        UUID planned = roster.province(stamp + "B", 0);
        LocalDate today = TestClock.today();
        InspectionPolicy.Term term = InspectionPolicy.defaults().termOf(today);
        LocalDate startedOn = today.minusMonths(3).isBefore(term.first()) ? term.first() : today.minusMonths(3);
        LocalDate plannedOn = today.plusMonths(2).isAfter(term.last()) ? term.last() : today.plusMonths(2);
        String done = plan(roundOn(startedOn, inspected));
        move(done, "start").then().statusCode(200);
        plan(roundOn(plannedOn, planned));
        given().auth().oauth2(Logins.leader()).get("/api/inspection/coverage").then().statusCode(200)
                .body("unitName", equalTo("国家邮政局"))
                .body("termFirst", equalTo(term.first().toString()))
                .body("rows.find { it.unitId == '" + inspected + "' }.status", equalTo("COVERED"))
                .body("rows.find { it.unitId == '" + inspected + "' }.subunits", equalTo(2))
                .body("rows.find { it.unitId == '" + planned + "' }.status", equalTo("PLANNED"));
        given().auth().oauth2(Logins.inspectorGuangdong()).get("/api/inspection/coverage?unitId=" + TestRoster.GUANGDONG).then()
                .statusCode(200).body("units", equalTo(2));
        given().auth().oauth2(Logins.inspectorGuangdong()).get("/api/inspection/coverage?unitId=" + TestRoster.BEIJING).then()
                .statusCode(404);
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/inspection/coverage").then().statusCode(403);
    }

    /** A 巡视 by the bureau whose stay on site begins on {@code start} (feedback, when due, never after today). */
    private static Map<String, Object> roundOn(LocalDate start, UUID target) {
        Map<String, Object> body = inspection(0, target);
        body.put("onSiteStart", start.toString());
        body.put("onSiteEnd", start.plusDays(20).toString());
        body.put("feedbackDate", start.plusMonths(1).toString());
        return body;
    }
}
