package org.benling.training.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.events.EventSchemas;
import org.benling.contracts.training.TrainingEvents;
import org.benling.testing.KafkaBroker;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.benling.training.TestRoster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClassFlowTest {

    @Inject TestRoster roster;

    @BeforeEach
    void loadRoster() {
        roster.load();
    }

    static String course(String code, String hours) {
        return given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "title", "防范化解重大风险专题培训", "kind", "SPECIAL_TOPIC",
                        "capabilities", List.of("RISK_MANAGEMENT", "LAW_BASED_GOVERNANCE"), "creditHours", hours,
                        "offJobDays", 5))
                .post("/api/training/courses").then().statusCode(201).extract().path("id");
    }

    /** A finished class's first day: six days ago, but never last year (its hours count in this year's). */
    static LocalDate firstDay() {
        LocalDate today = TestClock.today();
        return laterOf(today.minusDays(6), today.withDayOfYear(1));
    }

    /** A finished class's last day: two days ago, or today on the first days of a year. */
    static LocalDate lastDay() {
        LocalDate today = TestClock.today();
        return laterOf(today.minusDays(2), today.withDayOfYear(1));
    }

    private static LocalDate laterOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** HR designates the cadres for the class; their enrolment ids, in order. */
    static List<String> designate(String classId, UUID... cadres) {
        return given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("cadreIds", java.util.Arrays.stream(cadres).map(UUID::toString).toList()))
                .post("/api/training/classes/" + classId + "/enrolments").then().statusCode(200).extract().path("id");
    }

    static String classOf(String courseId, int capacity) {
        return given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("courseId", courseId, "unitId", TestRoster.GUANGDONG.toString(), "startDate",
                        firstDay().toString(), "endDate", lastDay().toString(), "capacity", capacity, "venue", "广州"))
                .post("/api/training/classes").then().statusCode(201).extract().path("id");
    }

    @Test
    void hrDesignatesCadresMarksAttendanceAndCompletesAndTheCadreSeesTheHours() {
        float before = given().auth().oauth2(TestRoster.lin()).get("/api/training/me").then().statusCode(200)
                .extract().jsonPath().getFloat("compliance.totals.yearHours");
        String courseId = course("RISK-" + System.nanoTime() % 100000, "35");
        String classId = classOf(courseId, 2);

        // 点名调训: two Guangzhou cadres; a Beijing cadre is outside Guangdong's scope
        JsonPath designated = given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("cadreIds", List.of(TestRoster.LIN.toString(), TestRoster.ZHOU.toString())))
                .post("/api/training/classes/" + classId + "/enrolments").then().statusCode(200)
                .body("status", equalTo(List.of("ENROLLED", "ENROLLED"))).extract().jsonPath();
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("cadreIds", List.of(TestRoster.WANG.toString())))
                .post("/api/training/classes/" + classId + "/enrolments").then().statusCode(400)
                .body("violations[0].field", equalTo("cadreIds"));
        String lin = designated.getString("find { it.cadreId == '" + TestRoster.LIN + "' }.id");
        String zhou = designated.getString("find { it.cadreId == '" + TestRoster.ZHOU + "' }.id");

        // 35 学时: 5 hours of leave are allowed (1/7), 6 are not
        LocalDate day = firstDay();
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("day", day.toString(), "entries", List.of(
                        Map.of("enrolmentId", lin, "present", true, "leaveHours", 5),
                        Map.of("enrolmentId", zhou, "present", false, "leaveHours", 6))))
                .put("/api/training/classes/" + classId + "/attendance").then().statusCode(200);
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("day", TestClock.today().plusDays(3).toString(), "entries", List.of()))
                .put("/api/training/classes/" + classId + "/attendance").then().statusCode(400)
                .body("violations[0].field", equalTo("day"));

        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/training/classes/" + classId + "/completion").then().statusCode(200)
                .body("find { it.id == '" + lin + "' }.status", equalTo("COMPLETED"))
                .body("find { it.id == '" + zhou + "' }.status", equalTo("FAILED"));

        // the cadre sees the class and the 35 hours on "my learning"
        given().auth().oauth2(TestRoster.lin()).get("/api/training/me").then().statusCode(200)
                .body("classes.trainingClass.id", hasItem(classId))
                .body("records.title", hasItem("防范化解重大风险专题培训"))
                .body("compliance.totals.yearHours", equalTo(before + 35));

        // and assessment gets the completion, keyed by the cadre, valid against the published schema
        try (KafkaCompanion kafka = KafkaBroker.shared().companion()) {
            var task = kafka.consumeStrings().fromTopics("training.records");
            await().atMost(Duration.ofSeconds(60)).until(() -> task.getRecords().stream()
                    .anyMatch(r -> completedFor(r.value(), courseId)));
            task.stop();
            var mine = task.getRecords().stream().filter(r -> completedFor(r.value(), courseId)).toList();
            assertEquals(1, mine.size(), "one completion: the failed cadre earns nothing");
            assertEquals(TestRoster.LIN.toString(), mine.get(0).key());
            assertEquals(List.of(), EventSchemas.violations(mine.get(0).value()));
        }
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/training/classes/" + classId + "/completion").then().statusCode(422)
                .body("type", equalTo("https://benling.org/problems/class-closed"));

        // the class, both enrolments and the attendance are audited: who did what, when
        JsonPath audit = given().auth().oauth2(Logins.hrGuangdong()).get("/api/training/classes/" + classId + "/audit")
                .then().statusCode(200).extract().jsonPath();
        List<String> subjects = audit.getList("subject");
        assertTrue(subjects.containsAll(List.of("class", "enrolment:" + TestRoster.LIN, "enrolment:" + TestRoster.ZHOU,
                "attendance:" + TestRoster.ZHOU + ":" + day)), subjects.toString());
        assertEquals("FAILED", audit.getString("findAll { it.subject == 'enrolment:" + TestRoster.ZHOU
                + "' }.last().changes.find { it.field == 'status' }.after"));
        assertEquals(6.0f, audit.getFloat("find { it.subject == 'attendance:" + TestRoster.ZHOU + ":" + day
                + "' }.changes.find { it.field == 'leaveHours' }.after"));
        assertEquals("COMPLETED", audit.getString("findAll { it.subject == 'class' }.last().changes.find { it.field == 'status' }.after"));
        assertTrue(audit.getList("actor").stream().allMatch("hr-guangdong"::equals), audit.getList("actor").toString());
        given().auth().oauth2(TestRoster.lin()).get("/api/training/classes/" + classId + "/audit").then().statusCode(403);
        given().auth().oauth2(org.benling.testing.Tokens.hr("hr-beijing", TestRoster.BEIJING))
                .get("/api/training/classes/" + classId + "/audit").then().statusCode(404);
    }

    private static boolean completedFor(String value, String courseId) {
        var event = EventJson.read(value);
        return event.type().equals(TrainingEvents.TRAINING_COMPLETED.type())
                && courseId.equals(String.valueOf(EventJson.data(event, TrainingEvents.TRAINING_COMPLETED).courseId()));
    }

    @Test
    void aFullClassWaitlistsAndAWithdrawalPromotesTheFirstWaiting() {
        String classId = classOf(course("WAIT-" + System.nanoTime() % 100000, "16"), 1);
        KafkaCompanion kafka = KafkaBroker.shared().companion();
        var topic = kafka.consumeStrings().fromTopics("training.records");
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("cadreIds", List.of(TestRoster.LIN.toString(), TestRoster.ZHOU.toString())))
                .post("/api/training/classes/" + classId + "/enrolments").then().statusCode(200)
                .body("status", equalTo(List.of("ENROLLED", "WAITLISTED")));
        String lin = given().auth().oauth2(Logins.hrGuangdong()).get("/api/training/classes/" + classId + "/enrolments")
                .then().extract().path("find { it.cadreId == '" + TestRoster.LIN + "' }.id");
        given().auth().oauth2(TestRoster.lin()).delete("/api/training/classes/" + classId + "/enrolments/" + lin).then()
                .statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/training/classes/" + classId + "/enrolments").then()
                .body("find { it.cadreId == '" + TestRoster.ZHOU + "' }.status", equalTo("ENROLLED"));
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("size", 200).get("/api/training/classes").then()
                .statusCode(200).body("items.find { it.id == '" + classId + "' }.enrolled", equalTo(1));
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("size", 1).queryParam("sort", "title")
                .get("/api/training/classes").then().statusCode(200).body("items.size()", equalTo(1))
                .body("size", equalTo(1)).body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("sort", "venue").get("/api/training/classes").then()
                .statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem("sort"));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("cadreIds", List.of(TestRoster.ZHOU.toString())))
                .post("/api/training/classes/" + classId + "/enrolments").then().statusCode(409);

        // each place that changed is on the topic for the cadre's calendar and notices, in order for each cadre (the
        // key: two cadres' events may be on two partitions)
        try (kafka) {
            await().atMost(Duration.ofSeconds(60)).until(() -> placesIn(topic.getRecords(), classId).size() == 4);
            topic.stop();
            List<String> places = placesIn(topic.getRecords(), classId);
            assertEquals(List.of(TestRoster.LIN + " ENROLLED", TestRoster.LIN + " WITHDRAWN"),
                    places.stream().filter(p -> p.startsWith(TestRoster.LIN.toString())).toList());
            assertEquals(List.of(TestRoster.ZHOU + " WAITLISTED", TestRoster.ZHOU + " ENROLLED"),
                    places.stream().filter(p -> p.startsWith(TestRoster.ZHOU.toString())).toList());
            topic.getRecords().stream().filter(r -> r.value().contains(classId))
                    .forEach(r -> assertEquals(List.of(), EventSchemas.violations(r.value())));
        }
    }

    /** The places of the class on the topic: "cadre PLACE", in order. */
    private static List<String> placesIn(List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records,
            String classId) {
        return records.stream().map(r -> EventJson.read(r.value()))
                .filter(e -> e.type().equals(TrainingEvents.CLASS_PLACE_CHANGED.type()))
                .map(e -> EventJson.data(e, TrainingEvents.CLASS_PLACE_CHANGED))
                .filter(p -> p.classId().toString().equals(classId) && p.designated())
                .map(p -> p.cadreId() + " " + p.place()).toList();
    }

    @Test
    void badInputIsRefusedFieldByField() {
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("code", "bad code!", "kind", "NOPE", "creditHours", -1))
                .post("/api/training/courses").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("code", "X1", "title", "t", "kind", "ONLINE", "capabilities", List.of(),
                        "creditHours", 0))
                .post("/api/training/courses").then().statusCode(400)
                .body("violations.field", hasItem("capabilities"))
                .body("violations.field", hasItem("creditHours"));
        String courseId = course("DATES-" + System.nanoTime() % 100000, "8");
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("courseId", courseId, "unitId", TestRoster.GUANGDONG.toString(), "startDate", "2026-05-10",
                        "endDate", "2026-05-01", "capacity", 10))
                .post("/api/training/classes").then().statusCode(400).body("violations[0].field", equalTo("endDate"));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("courseId", courseId, "unitId", TestRoster.BEIJING.toString(), "startDate", "2026-05-01",
                        "endDate", "2026-05-02", "capacity", 10))
                .post("/api/training/classes").then().statusCode(403);
        given().auth().oauth2(TestRoster.lin()).contentType(ContentType.JSON)
                .body(Map.of("code", "C9", "title", "t", "kind", "ONLINE", "capabilities", List.of("LEARNING"),
                        "creditHours", 1))
                .post("/api/training/courses").then().statusCode(403);
    }

    @Test
    void anOnlineCourseIsWorthTheCreditOfItsModules() {
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("code", "ONL-" + System.nanoTime() % 100000, "title", "在线课程", "kind", "ONLINE",
                        "capabilities", List.of("LEARNING"), "creditHours", 1, "modules", List.of(
                                Map.of("title", "一", "minutes", 45, "hasTest", true),
                                Map.of("title", "二", "minutes", 20, "hasTest", false),
                                Map.of("title", "三", "minutes", 10, "hasTest", false))))
                .post("/api/training/courses").then().statusCode(201)
                .body("creditHours", equalTo(2.25f)).body("online", equalTo(true));
    }

    @Test
    void anOnlineTestBelowThePassMarkEarnsNoTestCredit() {
        // 45 minutes with a test: 1 + 0.5 when passed; 20 minutes: 0.5 — the course is worth 2 学时 at most
        String courseId = given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("code", "ONT-" + System.nanoTime() % 100000, "title", "在线测试课程", "kind", "ONLINE",
                        "capabilities", List.of("LEARNING"), "creditHours", 1, "modules", List.of(
                                Map.of("title", "一", "minutes", 45, "hasTest", true),
                                Map.of("title", "二", "minutes", 20, "hasTest", false))))
                .post("/api/training/courses").then().statusCode(201).body("creditHours", equalTo(2.0f))
                .extract().path("id");
        String classId = classOf(courseId, 5);
        UUID failed = roster.freshCadre(TestRoster.GUANGDONG);
        UUID passed = roster.freshCadre(TestRoster.GUANGDONG);
        List<String> enrolments = designate(classId, failed, passed);
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("results", List.of(Map.of("enrolmentId", enrolments.get(0), "testScore", 59.5),
                        Map.of("enrolmentId", enrolments.get(1), "testScore", 60))))
                .post("/api/training/classes/" + classId + "/completion").then().statusCode(200)
                .body("status", equalTo(List.of("COMPLETED", "COMPLETED")));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/training/records?cadreId=" + failed).then().statusCode(200)
                .body("items.hours", equalTo(List.of(1.5f)));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/training/records?cadreId=" + passed).then()
                .body("items.hours", equalTo(List.of(2.0f)));
    }

    @Test
    void anAbsenceWithoutLeaveCountsTowardTheLimitAsLeaveDoes() {
        // 35 学时 over at most five days: a day missed without leave is 7 学时 or more, beyond 1/7 (5 学时)
        String classId = classOf(course("ABS-" + System.nanoTime() % 100000, "35"), 5);
        UUID absent = roster.freshCadre(TestRoster.GUANGDONG);
        UUID present = roster.freshCadre(TestRoster.GUANGDONG);
        List<String> enrolments = designate(classId, absent, present);
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("day", firstDay().toString(), "entries", List.of(
                        Map.of("enrolmentId", enrolments.get(0), "present", false, "leaveHours", 0),
                        Map.of("enrolmentId", enrolments.get(1), "present", true, "leaveHours", 0))))
                .put("/api/training/classes/" + classId + "/attendance").then().statusCode(200);
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/training/classes/" + classId + "/completion").then().statusCode(200)
                .body("find { it.cadreId == '" + absent + "' }.status", equalTo("FAILED"))
                .body("find { it.cadreId == '" + present + "' }.status", equalTo("COMPLETED"));
    }

    @Test
    void complianceCoversTheUnitSubtreeWithinTheCallersScope() {
        JsonPath table = given().auth().oauth2(Logins.hrGuangdong()).queryParam("unitId", TestRoster.GUANGDONG.toString())
                .get("/api/training/compliance").then().statusCode(200).extract().jsonPath();
        List<String> ids = table.getList("items.cadreId");
        assertTrue(ids.contains(TestRoster.LIN.toString()) && ids.contains(TestRoster.ZHOU.toString()), ids.toString());
        assertTrue(!ids.contains(TestRoster.WANG.toString()));
        assertEquals("GRACE", table.getString("items.find { it.cadreId == '" + TestRoster.ZHOU
                + "' }.assessment.requirements.find { it.kind == 'ROLLING_FIVE_YEAR' }.status"));
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("unitId", TestRoster.BEIJING.toString())
                .get("/api/training/compliance").then().statusCode(404);
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/training/compliance/cadres/" + TestRoster.WANG).then()
                .statusCode(404);
        given().auth().oauth2(TestRoster.lin()).queryParam("unitId", TestRoster.GUANGDONG.toString())
                .get("/api/training/compliance").then().statusCode(403);
        byte[] xlsx = given().auth().oauth2(Logins.hrGuangdong()).queryParam("unitId", TestRoster.GUANGDONG.toString())
                .get("/api/training/compliance/export").then().statusCode(200).extract().asByteArray();
        assertTrue(xlsx.length > 1000 && xlsx[0] == 'P' && xlsx[1] == 'K', "an xlsx workbook");
    }
}
