package org.benling.rotation.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.events.EventSchemas;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.rotation.TestRoster;
import org.benling.testing.KafkaBroker;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * 基层联系点 and 大调研: a leader keeps one contact point at a time and records visits there, each published as evidence
 * of mass work; a research report and its follow-up (adopted or not) are published for the capability profile; HR of
 * another province sees none of it, the leader their own.
 */
@QuarkusTest
class GrassrootsFlowTest {

    @Inject TestRoster roster;

    static ValidatableResponse post(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/rotation" + path).then();
    }

    @Test
    void aLeaderKeepsOneContactPointAndEachVisitIsPublishedAsEvidenceOfMassWork() {
        UUID leader = roster.cadre("G01", "市局局长", LocalDate.of(2020, 1, 1));
        String me = TestRoster.cadreToken(leader);
        LocalDate today = TestClock.today();
        post(me, "/contact-points", Map.of("place", "  ", "since", today.toString())).statusCode(400)
                .body("violations.field", hasItem("place"));
        post(me, "/contact-points", Map.of("place", "韶关市某县快递物流园区", "since", today.plusDays(1).toString()))
                .statusCode(400).body("violations.field", hasItem("since"));
        String point = post(me, "/contact-points", Map.of("place", "韶关市某县快递物流园区", "description", "县级寄递物流中心",
                "since", today.minusMonths(6).toString())).statusCode(201).body("cadreId", equalTo(leader.toString()))
                .body("visitCount", equalTo(0)).body("mayRecord", equalTo(true)).extract().path("id");
        post(Logins.hrGuangdong(), "/contact-points", Map.of("cadreId", leader, "place", "另一处",
                "since", today.toString())).statusCode(409).body("type", containsString("contact-point-exists"));

        Map<String, Object> unsolved = new HashMap<>(Map.of("visitedOn", today.minusDays(3).toString(),
                "learned", "园区进村快递网点覆盖不足", "problemsSolved", 2));
        post(me, "/contact-points/" + point + "/visits", unsolved).statusCode(400).body("violations.field", hasItem("solutions"));
        unsolved.put("visitedOn", today.minusYears(1).toString());
        unsolved.put("solutions", "协调邮政网点代投");
        post(me, "/contact-points/" + point + "/visits", unsolved).statusCode(400).body("violations.field", hasItem("visitedOn"));

        var kafka = KafkaBroker.shared().companion();
        try {
            var topic = kafka.consumeStrings().fromTopics("rotation.postings");
            post(me, "/contact-points/" + point + "/visits", Map.of("visitedOn", today.minusDays(3).toString(),
                    "learned", "园区进村快递网点覆盖不足", "problemsRaised", "末端投递难", "problemsSolved", 2,
                    "solutions", "协调邮政网点代投，推动快递进村")).statusCode(201)
                    .body("visitCount", equalTo(1)).body("problemsSolved", equalTo(2))
                    .body("visits[0].learned", equalTo("园区进村快递网点覆盖不足"));
            post(Logins.hrGuangdong(), "/contact-points/" + point + "/visits", Map.of("visitedOn", today.toString(),
                    "learned", "回访整改情况", "problemsSolved", 0)).statusCode(201).body("visitCount", equalTo(2))
                    .body("lastVisitedOn", equalTo(today.toString()));
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.getRecords().stream().filter(r ->
                    r.key().equals(leader.toString()) && r.value().contains(RotationEvents.GRASSROOTS_VISIT_RECORDED.type()))
                    .count() == 2);
            topic.stop();
            var visits = topic.getRecords().stream().filter(r -> r.key().equals(leader.toString())).toList();
            visits.forEach(r -> assertEquals(List.of(), EventSchemas.violations(r.value())));
            assertEquals(List.of(2, 0), visits.stream().map(r -> JsonPath.from(r.value()).getInt("data.problemsSolved")).toList());
        } finally {
            kafka.close();
        }
        given().auth().oauth2(Logins.hrBeijing()).get("/api/rotation/contact-points/" + point).then().statusCode(404);
        given().auth().oauth2(Logins.hrBeijing()).get("/api/rotation/contact-points").then().statusCode(200)
                .body("items.id", not(hasItem(point)));
        given().auth().oauth2(TestRoster.cadreToken(roster.cadre("G02", "副局长", LocalDate.of(2021, 1, 1))))
                .get("/api/rotation/contact-points/" + point).then().statusCode(404);
        post(Logins.leader(), "/contact-points/" + point + "/visits", Map.of("visitedOn", today.toString(),
                "learned", "x", "problemsSolved", 0)).statusCode(403);
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("current", true).queryParam("q", "G01")
                .get("/api/rotation/contact-points").then().statusCode(200).body("items.id", equalTo(List.of(point)));

        post(me, "/contact-points/" + point + "/end", Map.of()).statusCode(200).body("endedOn", equalTo(today.toString()));
        post(me, "/contact-points", Map.of("place", "清远市某快递网点", "since", today.toString())).statusCode(201);
    }

    @Test
    void aResearchReportAndItsAdoptionArePublishedAndOnlyHrOrALeaderRecordsTheFollowUp() {
        UUID leader = roster.cadre("G03", "市局副局长", LocalDate.of(2020, 1, 1));
        String me = TestRoster.cadreToken(leader);
        LocalDate today = TestClock.today();
        post(me, "/research-reports", Map.of("title", "农村寄递物流调研", "summary", "x", "capabilities", List.of(),
                "submittedOn", today.toString())).statusCode(400).body("violations.field", hasItem("capabilities"));
        var kafka = KafkaBroker.shared().companion();
        try {
            var topic = kafka.consumeStrings().fromTopics("rotation.postings");
            String report = post(me, "/research-reports", Map.of("title", "农村寄递物流体系建设调研报告",
                    "summary", "摸清县乡村三级寄递网络现状，提出共配中心建设建议", "capabilities",
                    List.of("SCIENTIFIC_DEVELOPMENT", "MASS_WORK"), "submittedOn", today.minusDays(10).toString()))
                    .statusCode(201).body("adopted", equalTo(false)).body("mayFollowUp", equalTo(false))
                    .extract().path("id");
            post(me, "/research-reports/" + report + "/follow-up", Map.of("note", "自己采纳", "adopted", true))
                    .statusCode(403);
            post(Logins.hrGuangdong(), "/research-reports/" + report + "/follow-up", Map.of("note", " ", "adopted", true))
                    .statusCode(400).body("violations.field", hasItem("note"));
            post(Logins.leader(), "/research-reports/" + report + "/follow-up",
                    Map.of("note", "建议已纳入全省寄递物流体系建设方案", "adopted", true)).statusCode(200)
                    .body("adopted", equalTo(true)).body("followUp", equalTo("建议已纳入全省寄递物流体系建设方案"));
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.getRecords().stream().filter(r ->
                    r.value().contains(RotationEvents.RESEARCH_REPORT_FILED.type()) && r.value().contains(report)).count() == 2);
            topic.stop();
            var filed = topic.getRecords().stream().filter(r -> r.value().contains(report)).toList();
            filed.forEach(r -> assertEquals(List.of(), EventSchemas.violations(r.value())));
            assertEquals(List.of(false, true), filed.stream().map(r -> JsonPath.from(r.value()).getBoolean("data.adopted")).toList());
            given().auth().oauth2(Logins.hrGuangdong()).queryParam("adopted", true).queryParam("capability", "MASS_WORK")
                    .get("/api/rotation/research-reports").then().statusCode(200).body("items.id", hasItem(report));
            given().auth().oauth2(Logins.hrBeijing()).get("/api/rotation/research-reports/" + report).then().statusCode(404);
        } finally {
            kafka.close();
        }
    }
}
