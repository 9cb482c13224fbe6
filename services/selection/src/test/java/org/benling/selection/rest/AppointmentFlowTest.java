package org.benling.selection.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.assessment.ReviewFinalized;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.selection.AppointmentMade;
import org.benling.contracts.selection.JointReviewChecksChanged;
import org.benling.contracts.selection.SelectionEvents;
import org.benling.platform.supervision.CandidateStandings;
import org.benling.selection.TestRoster;
import org.benling.testing.Bureau;
import org.benling.testing.KafkaBroker;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 选拔任用全程纪实: a post's trail from the motion through recommendation, candidates (each eligible), investigation,
 * 凡提四必 (one negative answer keeps a candidate from the decision), the meeting's vote (two thirds present, more than
 * half of all members in favour), the publicity (its working days, the objections looked into) to the appointment,
 * every step with who and when.
 */
@QuarkusTest
class AppointmentFlowTest {

    static final String TRAILS = "/api/selection/appointments";

    @Inject TestRoster roster;
    @Inject CandidateStandings standings;

    @BeforeEach
    void loadRoster() {
        roster.load();
    }

    static String hr() {
        return Logins.hrGuangdong();
    }

    /** A command on the trail with the version read. */
    static ValidatableResponse command(String token, String id, String method, String path, Object body) {
        int version = given().auth().oauth2(hr()).get(TRAILS + "/" + id).then().statusCode(200).extract().path("version");
        // without an Idempotency-Key, as most clients send a command (the key's replay store would hold the transaction)
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"");
        if (body != null) {
            request = request.body(body);
        }
        return (method.equals("PUT") ? request.put(TRAILS + "/" + id + path) : request.post(TRAILS + "/" + id + path))
                .then();
    }

    static String motion() {
        return given().auth().oauth2(hr()).contentType(ContentType.JSON).body(Map.of("unitId", Bureau.GUANGZHOU.toString(),
                "postTitle", "广州市邮政管理局副局长", "rankLevel", "DIVISION_DEPUTY", "reason", "原副局长交流任职，职位空缺",
                "method", "RECOMMENDATION")).post(TRAILS).then().statusCode(201).body("stage", equalTo("MOTION"))
                .body("steps[0].actor", equalTo("hr-guangdong")).body("allowedCommands", org.hamcrest.Matchers
                        .containsInAnyOrder("RECOMMEND", "WITHDRAW")).extract().path("id");
    }

    static void answer(String token, String id, UUID cadre, String check, String answer, String note, int status) {
        Map<String, Object> body = note == null ? Map.of("answer", answer) : Map.of("answer", answer, "note", note);
        command(token, id, "PUT", "/candidates/" + cadre + "/checks/" + check, body).statusCode(status);
    }

    @Test
    void aPostIsFilledThroughEveryStepAndOneNegativeCheckKeepsACandidateFromTheDecision() {
        List<UUID> people = roster.freshCadres(Bureau.GUANGZHOU, 3);
        UUID first = people.get(0);
        UUID second = people.get(1);
        UUID marked = people.get(2);
        // the third's last finalised result: 基本称职 — not eligible as a candidate
        QuarkusTransaction.requiringNew().run(() -> standings.recordGrade(new ReviewFinalized(UUID.randomUUID(), marked,
                Bureau.GUANGZHOU, TestClock.today().getYear() - 1, Grade.BASICALLY_COMPETENT)));
        String id = motion();
        // the steps are HR's: an inspector who reads the trail is offered none, in the trail and in the list
        given().auth().oauth2(Logins.inspectorGuangdong()).get(TRAILS + "/" + id).then().statusCode(200)
                .body("allowedCommands", hasSize(0));
        given().auth().oauth2(Logins.inspectorGuangdong()).queryParam("size", 200).get(TRAILS).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.allowedCommands", hasSize(0));
        given().auth().oauth2(hr()).queryParam("size", 200).get(TRAILS).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.allowedCommands", hasSize(2));

        command(hr(), id, "POST", "/recommendation", Map.of("note", "会议推荐与谈话调研推荐相结合")).statusCode(200)
                .body("stage", equalTo("RECOMMENDATION"));
        command(hr(), id, "POST", "/candidates", Map.of("cadreIds", List.of(first.toString(), second.toString(),
                marked.toString()))).statusCode(422).body("type", endsWith("not-eligible"))
                .body("violations[0].field", equalTo("cadreIds[2]"));
        command(hr(), id, "POST", "/candidates", Map.of("cadreIds", List.of(first.toString(), second.toString())))
                .statusCode(200).body("stage", equalTo("CANDIDATES")).body("candidates", hasSize(2));

        command(hr(), id, "POST", "/investigation", Map.of("reports", Map.of(first.toString(), "政治素质好，担当作为")))
                .statusCode(400).body("violations[0].field", equalTo("reports." + second));
        command(hr(), id, "POST", "/investigation", Map.of("reports", Map.of(first.toString(), "政治素质好，担当作为",
                second.toString(), "工作扎实"))).statusCode(200).body("stage", equalTo("INVESTIGATION"));
        KafkaCompanion reviewKafka = KafkaBroker.shared().companion();
        ConsumerTask<String, String> reviewRecords = reviewKafka.consumeStrings().fromTopics("selection.appointments");
        command(hr(), id, "POST", "/joint-review", null).statusCode(200).body("stage", equalTo("JOINT_REVIEW"))
                .body("candidates[0].checks", hasSize(4)).body("candidates[0].checks[0].answer", equalTo("REQUESTED"))
                .body("candidates[0].cleared", equalTo(false));

        // each check by who gives it: the file by HR, the discipline organ's opinion and the petitions by inspectors
        answer(hr(), id, first, "DISCIPLINE_OPINION", "CLEAR", null, 403);
        answer(hr(), id, first, "PERSONNEL_FILE", "CLEAR", null, 200);
        answer(Logins.inspectorGuangdong(), id, first, "DISCIPLINE_OPINION", "CLEAR", null, 200);
        answer(Logins.inspectorGuangdong(), id, first, "PETITIONS", "CLEAR", null, 200);
        answer(Logins.inspectorGuangdong(), id, first, "PERSONAL_MATTERS", "CLEAR", null, 200);
        answer(hr(), id, second, "PERSONNEL_FILE", "CLEAR", null, 200);
        answer(Logins.inspectorGuangdong(), id, second, "DISCIPLINE_OPINION", "NEGATIVE", null, 400);
        answer(Logins.inspectorGuangdong(), id, second, "DISCIPLINE_OPINION", "NEGATIVE", "有反映问题线索正在核查", 200);

        // counts that cannot be: each field named in the one answer
        command(hr(), id, "POST", "/decision", Map.of("cadreId", first.toString(), "meetingOn", TestClock.today().toString(),
                "members", 9, "present", 10, "inFavour", 11)).statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("present", "inFavour"));
        Map<String, Object> vote = Map.of("cadreId", second.toString(), "meetingOn", TestClock.today().toString(),
                "members", 9, "present", 7, "inFavour", 6);
        command(hr(), id, "POST", "/decision", vote).statusCode(422).body("type", endsWith("joint-review-open"));
        command(hr(), id, "POST", "/decision", Map.of("cadreId", first.toString(), "meetingOn", TestClock.today().toString(),
                "members", 9, "present", 5, "inFavour", 5)).statusCode(422).body("type", endsWith("decision-not-adopted"));
        command(hr(), id, "POST", "/decision", Map.of("cadreId", first.toString(), "meetingOn", TestClock.today().toString(),
                "members", 9, "present", 7, "inFavour", 4)).statusCode(422).body("type", endsWith("decision-not-adopted"));
        command(hr(), id, "POST", "/decision", Map.of("cadreId", first.toString(), "meetingOn", TestClock.today().toString(),
                "members", 9, "present", 7, "inFavour", 5)).statusCode(200).body("stage", equalTo("DECISION"))
                .body("decision.person.cadreId", equalTo(first.toString())).body("decision.inFavour", equalTo(5));
        // the notification centre is told how many wait on each check: from two each to none once decided
        try (reviewKafka) {
            await().atMost(Duration.ofSeconds(60)).until(() -> checks(reviewRecords, id).size() == 8);
        }
        List<Map<JointReviewChecksChanged.Check, Integer>> waiting = checks(reviewRecords, id).stream()
                .map(JointReviewChecksChanged::awaiting).toList();
        assertEquals(Map.of(JointReviewChecksChanged.Check.PERSONNEL_FILE, 2, JointReviewChecksChanged.Check.PERSONAL_MATTERS,
                2, JointReviewChecksChanged.Check.DISCIPLINE_OPINION, 2, JointReviewChecksChanged.Check.PETITIONS, 2),
                waiting.get(0));
        assertEquals(Map.of(JointReviewChecksChanged.Check.PERSONNEL_FILE, 0, JointReviewChecksChanged.Check.PERSONAL_MATTERS,
                1, JointReviewChecksChanged.Check.DISCIPLINE_OPINION, 0, JointReviewChecksChanged.Check.PETITIONS, 1),
                waiting.get(6));
        assertTrue(waiting.get(7).values().stream().allMatch(n -> n == 0), waiting.get(7).toString());

        // the publicity began three weeks ago: its five working days are over; an objection is looked into first
        LocalDate start = TestClock.today().minusDays(21);
        JsonPath published = command(hr(), id, "POST", "/publicity", Map.of("startOn", start.toString())).statusCode(200)
                .extract().jsonPath();
        LocalDate lastDay = LocalDate.parse(published.getString("publicity.lastDay"));
        assertTrue(!lastDay.isBefore(start.plusDays(4)) && !lastDay.isAfter(start.plusDays(8)), lastDay.toString());
        command(hr(), id, "POST", "/appointment", Map.of("appointedOn", start.plusDays(1).toString())).statusCode(422)
                .body("type", endsWith("publicity-running"));
        command(hr(), id, "POST", "/objections", Map.of("raised", true, "note", "群众来信反映工作作风问题")).statusCode(200)
                .body("publicity.objectionsOpen", equalTo(1));
        command(hr(), id, "POST", "/appointment", Map.of("appointedOn", TestClock.today().toString())).statusCode(422)
                .body("type", endsWith("objection-open"));
        command(hr(), id, "POST", "/objections", Map.of("raised", false, "note", "经核查，反映问题不属实")).statusCode(200);
        KafkaCompanion kafka = KafkaBroker.shared().companion();
        ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics("selection.appointments");
        JsonPath appointed;
        try (kafka) {
            appointed = command(hr(), id, "POST", "/appointment", Map.of("appointedOn", TestClock.today().toString()))
                    .statusCode(200).body("stage", equalTo("APPOINTED")).extract().jsonPath();
            await().atMost(Duration.ofSeconds(60)).until(() -> made(records, id).size() == 1);
        }
        // personnel is told: the post, its rank and the day, keyed by the cadre
        AppointmentMade made = made(records, id).get(0);
        assertEquals(first, made.cadreId());
        assertEquals("广州市邮政管理局副局长", made.postTitle());
        assertEquals(RankLevel.DIVISION_DEPUTY, made.rankLevel());
        assertEquals(TestClock.today(), made.appointedOn());

        // the record: every stage in order, each with who and when, the objections among them
        assertEquals(List.of("MOTION", "RECOMMENDATION", "CANDIDATES", "INVESTIGATION", "JOINT_REVIEW", "DECISION",
                "PUBLICITY", "PUBLICITY", "PUBLICITY", "APPOINTED"), appointed.getList("steps.stage"));
        assertTrue(appointed.getList("steps.actor").stream().allMatch("hr-guangdong"::equals));
        assertEquals("有反映问题线索正在核查", appointed.getString(
                "candidates.find { it.person.cadreId == '" + second + "' }.checks.find { it.check == 'DISCIPLINE_OPINION' }.note"));
        command(hr(), id, "POST", "/withdrawal", Map.of("reason", "x")).statusCode(409);
    }

    private static List<JointReviewChecksChanged> checks(ConsumerTask<String, String> records, String id) {
        return records.getRecords().stream().filter(r -> id.equals(r.key())).map(r -> EventJson.read(r.value()))
                .filter(e -> e.type().equals(SelectionEvents.JOINT_REVIEW_CHECKS_CHANGED.type()))
                .map(e -> EventJson.data(e, SelectionEvents.JOINT_REVIEW_CHECKS_CHANGED)).toList();
    }

    private static List<AppointmentMade> made(ConsumerTask<String, String> records, String id) {
        return records.getRecords().stream().filter(r -> r.value().contains(id)).map(r -> EventJson.read(r.value()))
                .filter(e -> e.type().equals(SelectionEvents.APPOINTMENT_MADE.type()))
                .map(e -> EventJson.data(e, SelectionEvents.APPOINTMENT_MADE)).toList();
    }

    @Test
    void theTrailIsReadInScopeAndMovedByHrOfTheUnitOnly() {
        String id = motion();
        given().auth().oauth2(Logins.hrBeijing()).get(TRAILS + "/" + id).then().statusCode(404);
        given().auth().oauth2(Logins.inspectorGuangdong()).get(TRAILS + "/" + id).then().statusCode(200);
        given().auth().oauth2(Logins.leader()).get(TRAILS + "?unitId=" + Bureau.GUANGZHOU).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
        command(Logins.inspectorGuangdong(), id, "POST", "/recommendation", Map.of()).statusCode(403);
        command(hr(), id, "POST", "/candidates", Map.of("cadreIds", List.of(UUID.randomUUID().toString())))
                .statusCode(409).body("type", endsWith("invalid-transition"));
        command(hr(), id, "POST", "/withdrawal", Map.of("reason", "机构改革，职位撤销")).statusCode(200)
                .body("stage", equalTo("WITHDRAWN")).body("withdrawnReason", equalTo("机构改革，职位撤销"));
    }
}
