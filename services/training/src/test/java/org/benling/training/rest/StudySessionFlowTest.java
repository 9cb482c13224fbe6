package org.benling.training.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.benling.contracts.Capability;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.events.EventSchemas;
import org.benling.contracts.training.StudySessionRecorded;
import org.benling.contracts.training.TrainingEvents;
import org.benling.testing.KafkaBroker;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.benling.training.TestRoster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 理论学习中心组学习: HR records its units' leadership teams' study sessions, each attendee an active cadre of the unit;
 * every record and correction is announced on training.records; a cadre reads the sessions it attended.
 */
@QuarkusTest
class StudySessionFlowTest {

    static final String SESSIONS = "/api/training/study-sessions";
    static final String TOPIC = "学习贯彻党的二十届四中全会精神";

    @Inject TestRoster roster;

    @BeforeEach
    void loadRoster() {
        roster.load();
    }

    static Map<String, Object> session(UUID unit, List<UUID> attendees, LocalDate heldOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unit.toString());
        body.put("topic", TOPIC);
        body.put("heldOn", heldOn.toString());
        body.put("hours", 2.5);
        body.put("speakers", List.of("党组书记 张明", "副局长 李华"));
        body.put("attendeeIds", attendees.stream().map(UUID::toString).toList());
        body.put("reports", List.of("关于基层快递网点安全生产的调研报告"));
        return body;
    }

    @Test
    void hrRecordsASessionOfAUnitsLeadershipTeamAnnouncedWithItsAttendeesAndReadByThoseWhoAttended() {
        UUID unit = roster.freshUnit();
        UUID first = roster.freshCadre(unit);
        UUID second = roster.freshCadre(unit);
        UUID absent = roster.freshCadre(unit);
        LocalDate heldOn = TestClock.today().minusDays(3);
        KafkaCompanion kafka = KafkaBroker.shared().companion();
        var records = kafka.consumeStrings().fromTopics("training.records");
        try (kafka) {
            var created = given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                    .body(session(unit, List.of(first, second), heldOn)).post(SESSIONS).then().statusCode(201)
                    .body("unitId", equalTo(unit.toString())).body("unitName", org.hamcrest.Matchers.endsWith("市邮政管理局"))
                    .body("topic", equalTo(TOPIC)).body("heldOn", equalTo(heldOn.toString())).body("hours", equalTo(2.5f))
                    .body("attendees.cadreId", equalTo(List.of(first.toString(), second.toString())))
                    .body("attendees[0].employeeNumber", startsWith("F")).body("attendees[0].name", equalTo("新干部"))
                    .body("capabilities", containsInAnyOrder("LEARNING", "POLITICAL_LEADERSHIP"))
                    .body("speakers.size()", equalTo(2)).body("reports.size()", equalTo(1))
                    .body("recordedBy", equalTo("hr-guangdong")).body("version", equalTo(0))
                    .extract();
            String id = created.path("id");
            assertTrue(created.header("Location").endsWith(SESSIONS + "/" + id), created.header("Location"));

            StudySessionRecorded event = awaitEvents(records, id, 1).get(0);
            assertEquals(List.of(first, second), event.attendeeIds());
            assertEquals(Set.of(Capability.LEARNING, Capability.POLITICAL_LEADERSHIP), event.capabilities());
            assertEquals(unit, event.unitId());
            assertEquals(heldOn, event.heldOn());
            records.stop();
            records.getRecords().stream().filter(r -> r.value().contains(id)).forEach(r -> {
                assertEquals(unit.toString(), r.key(), "keyed by the unit");
                assertEquals(List.of(), EventSchemas.violations(r.value()));
            });

            given().auth().oauth2(Logins.hrGuangdong()).get(SESSIONS + "/" + id).then().statusCode(200)
                    .header("ETag", "\"0\"").body("attendees.name", equalTo(List.of("新干部", "新干部")));
            // filters: the unit's subtree, the year, an attendee, the topic
            given().auth().oauth2(Logins.hrGuangdong()).queryParam("unitId", TestRoster.GUANGDONG.toString())
                    .queryParam("year", heldOn.getYear()).queryParam("cadreId", second.toString()).queryParam("q", "四中全会")
                    .get(SESSIONS).then().statusCode(200).body("items.id", equalTo(List.of(id)))
                    .body("items[0].attendees.cadreId", hasItem(second.toString()));
            given().auth().oauth2(Logins.hrGuangdong()).queryParam("unitId", unit.toString())
                    .queryParam("year", heldOn.getYear() - 1).get(SESSIONS).then().statusCode(200).body("total", equalTo(0));
            given().auth().oauth2(Logins.hrGuangdong()).queryParam("unitId", unit.toString()).queryParam("q", "100%")
                    .get(SESSIONS).then().statusCode(200).body("total", equalTo(0));
            given().auth().oauth2(Logins.hrGuangdong()).queryParam("sort", "hours").get(SESSIONS).then().statusCode(400)
                    .body("violations.field", hasItem("sort"));
            given().auth().oauth2(Logins.leader()).get(SESSIONS + "/" + id).then().statusCode(200);
            given().auth().oauth2(Logins.inspectorGuangdong()).get(SESSIONS + "/" + id).then().statusCode(200);

            // a cadre reads the sessions it attended, and no other
            given().auth().oauth2(Logins.cadre(first, unit)).get(SESSIONS).then().statusCode(200)
                    .body("total", equalTo(1)).body("items.id", equalTo(List.of(id)));
            given().auth().oauth2(Logins.cadre(first, unit)).get(SESSIONS + "/" + id).then().statusCode(200);
            given().auth().oauth2(Logins.cadre(absent, unit)).get(SESSIONS).then().statusCode(200).body("total", equalTo(0));
            given().auth().oauth2(Logins.cadre(absent, unit)).queryParam("cadreId", first.toString()).get(SESSIONS)
                    .then().statusCode(200).body("total", equalTo(0));
            given().auth().oauth2(Logins.cadre(absent, unit)).get(SESSIONS + "/" + id).then().statusCode(404);

            // Beijing's HR and inspector: the session does not exist for them, nor may they record one for the unit
            given().auth().oauth2(Logins.hrBeijing()).get(SESSIONS + "/" + id).then().statusCode(404);
            given().auth().oauth2(Logins.inspectorBeijing()).get(SESSIONS + "/" + id).then().statusCode(404);
            given().auth().oauth2(Logins.hrBeijing()).queryParam("size", 200).get(SESSIONS).then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
            given().auth().oauth2(Logins.hrBeijing()).contentType(ContentType.JSON)
                    .body(session(unit, List.of(first), heldOn)).post(SESSIONS).then().statusCode(400)
                    .contentType("application/problem+json").body("violations.field", equalTo(List.of("unitId")));
        }
    }

    @Test
    void attendeesMustBeActiveCadresOfTheUnitAndTheSessionHeldByToday() {
        UUID unit = roster.freshUnit();
        UUID member = roster.freshCadre(unit);
        // a cadre of Guangzhou is in HR's scope, but not of this unit's leadership team
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(session(unit, List.of(TestRoster.LIN, member), TestClock.today())).post(SESSIONS).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("attendeeIds[0]")));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(session(unit, List.of(member, TestRoster.WANG, UUID.randomUUID()), TestClock.today())).post(SESSIONS)
                .then().statusCode(400).body("violations.field", equalTo(List.of("attendeeIds[1]", "attendeeIds[2]")));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(session(unit, List.of(member), TestClock.today().plusDays(1))).post(SESSIONS).then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", equalTo(List.of("heldOn")));

        Map<String, Object> bad = session(unit, List.of(), TestClock.today());
        bad.put("hours", 8.5);
        bad.put("topic", " ");
        bad.put("speakers", List.of());
        bad.put("reports", java.util.Collections.nCopies(11, "材料"));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(bad).post(SESSIONS).then()
                .statusCode(400).body("violations.field", containsInAnyOrder("attendeeIds", "hours", "topic", "speakers",
                        "reports"));
        Map<String, Object> fine = session(unit, List.of(member), TestClock.today());
        fine.put("hours", 0);
        fine.put("speakers", List.of("张".repeat(51)));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(fine).post(SESSIONS).then()
                .statusCode(400).body("violations.field", containsInAnyOrder("hours", "speakers[0]"));
        fine.put("hours", 2.125);
        fine.put("speakers", List.of("张明"));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(fine).post(SESSIONS).then()
                .statusCode(400).body("violations.field", equalTo(List.of("hours")));
        // a cadre does not record sessions
        fine.put("hours", 2);
        given().auth().oauth2(Logins.cadre(member, unit)).contentType(ContentType.JSON).body(fine).post(SESSIONS).then()
                .statusCode(403);
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("unitId", unit.toString()).get(SESSIONS).then()
                .statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("year", "last").get(SESSIONS).then().statusCode(400)
                .body("violations.field", equalTo(List.of("year")));
    }

    @Test
    void aCorrectionNeedsTheCurrentVersionKeepsTheUnitAndIsAnnouncedAgain() {
        UUID unit = roster.freshUnit();
        UUID first = roster.freshCadre(unit);
        UUID late = roster.freshCadre(unit);
        LocalDate heldOn = TestClock.today().minusDays(1);
        KafkaCompanion kafka = KafkaBroker.shared().companion();
        var records = kafka.consumeStrings().fromTopics("training.records");
        try (kafka) {
            String id = given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                    .body(session(unit, List.of(first), heldOn)).post(SESSIONS).then().statusCode(201).extract().path("id");
            given().auth().oauth2(Logins.cadre(late, unit)).get(SESSIONS + "/" + id).then().statusCode(404);

            Map<String, Object> corrected = session(unit, List.of(first, late), heldOn);
            corrected.put("hours", 3);
            corrected.put("capabilities", List.of("RISK_MANAGEMENT"));
            given().auth().oauth2(Logins.hrBeijing()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(corrected).put(SESSIONS + "/" + id).then().statusCode(404);
            given().auth().oauth2(Logins.cadre(first, unit)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(corrected).put(SESSIONS + "/" + id).then().statusCode(403);
            Map<String, Object> moved = new HashMap<>(corrected);
            moved.put("unitId", TestRoster.GUANGZHOU.toString());
            given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(moved).put(SESSIONS + "/" + id).then().statusCode(400)
                    .body("violations.field", equalTo(List.of("unitId")));
            Map<String, Object> stranger = session(unit, List.of(first, TestRoster.ZHOU), heldOn);
            given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(stranger).put(SESSIONS + "/" + id).then().statusCode(400)
                    .body("violations.field", equalTo(List.of("attendeeIds[1]")));

            given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(corrected).put(SESSIONS + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                    .body("version", equalTo(1)).body("hours", equalTo(3.0f))
                    .body("attendees.cadreId", equalTo(List.of(first.toString(), late.toString())))
                    .body("capabilities", equalTo(List.of("RISK_MANAGEMENT")));
            given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(session(unit, List.of(first), heldOn)).put(SESSIONS + "/" + id).then().statusCode(412);
            given().auth().oauth2(Logins.cadre(late, unit)).get(SESSIONS).then().statusCode(200)
                    .body("items.id", equalTo(List.of(id)));

            List<StudySessionRecorded> events = awaitEvents(records, id, 2);
            assertEquals(List.of(first), events.get(0).attendeeIds());
            StudySessionRecorded correction = events.get(1);
            assertEquals(List.of(first, late), correction.attendeeIds());
            assertEquals(Set.of(Capability.RISK_MANAGEMENT), correction.capabilities());
            assertEquals(new java.math.BigDecimal("3.00"), correction.hours());
            records.stop();
            records.getRecords().stream().filter(r -> r.value().contains(id))
                    .forEach(r -> assertEquals(List.of(), EventSchemas.violations(r.value())));
        }
    }

    /** The session's events on the topic, in order, once there are {@code count} (a refused change publishes none). */
    private static List<StudySessionRecorded> awaitEvents(ConsumerTask<String, String> records, String id, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> eventsOf(records.getRecords(), id).size() >= count);
        List<StudySessionRecorded> events = eventsOf(records.getRecords(), id);
        assertEquals(count, events.size(), "events of session " + id);
        return events;
    }

    private static List<StudySessionRecorded> eventsOf(List<ConsumerRecord<String, String>> records, String id) {
        return records.stream().filter(r -> r.value().contains(id)).map(r -> EventJson.read(r.value()))
                .filter(e -> e.type().equals(TrainingEvents.STUDY_SESSION_RECORDED.type()))
                .map(e -> EventJson.data(e, TrainingEvents.STUDY_SESSION_RECORDED))
                .filter(e -> e.sessionId().toString().equals(id)).toList();
    }
}
