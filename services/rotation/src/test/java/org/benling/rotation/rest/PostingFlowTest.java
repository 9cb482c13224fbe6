package org.benling.rotation.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.assessment.AssessmentEvents;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.assessment.ReviewFinalized;
import org.benling.contracts.events.EventSchemas;
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.contracts.inspection.MeasureApplied;
import org.benling.contracts.inspection.MeasureAppliedV1;
import org.benling.contracts.inspection.MeasureLifted;
import org.benling.contracts.inspection.PromotionCheckConcluded;
import org.benling.contracts.inspection.PromotionCheckOpened;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.supervision.MeasureFamily;
import org.benling.contracts.supervision.MeasureType;
import org.benling.rotation.TestRoster;
import org.benling.testing.Events;
import org.benling.testing.KafkaBroker;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.benling.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostingFlowTest {

    @Inject TestRoster roster;
    @Inject EntityManager em;

    static Map<String, Object> posting(UUID cadre) {
        Map<String, Object> body = new HashMap<>();
        body.put("cadreId", cadre);
        body.put("type", "CROSS_REGION_EXCHANGE");
        body.put("hostUnitId", TestRoster.SICHUAN);
        body.put("plannedStart", TestClock.today().plusMonths(1).toString());
        body.put("plannedEnd", TestClock.today().plusMonths(25).toString());
        body.put("purpose", "东西部交流，补齐基层工作经历");
        return body;
    }

    static String propose(UUID cadre) {
        return given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(posting(cadre))
                .post("/api/rotation/postings").then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.Response command(String token, String posting, String command, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/rotation/postings/" + posting + "/" + command);
    }

    /** A list row offers each caller the commands its detail view offers: decided from the row, not per row again. */
    @Test
    void theListOffersEachCallerTheCommandsOfTheDetailView() {
        String id = propose(roster.cadre("P07", "办公室主任", LocalDate.of(2019, 6, 1)));
        String cadre = given().auth().oauth2(Logins.leader()).get("/api/rotation/postings/" + id).then().statusCode(200)
                .extract().path("cadreId");
        Map<String, List<String>> expected = Map.of(Logins.hrGuangdong(), List.of("CANCEL"),
                Logins.leader(), List.of("APPROVE", "CANCEL"));
        expected.forEach((token, commands) -> {
            given().auth().oauth2(token).get("/api/rotation/postings/" + id).then()
                    .body("allowedCommands", equalTo(commands));
            given().auth().oauth2(token).queryParam("cadreId", cadre).get("/api/rotation/postings").then().statusCode(200)
                    .body("items.find { it.id == '" + id + "' }.allowedCommands", equalTo(commands));
        });
    }

    /** The board's tab counts, in one request, are the totals of the list filtered by each status. */
    @Test
    void theCountsByStatusAreTheListsTotalsForEachStatus() {
        String cadre = given().auth().oauth2(Logins.leader()).get("/api/rotation/postings/"
                + propose(roster.cadre("P08", "财务处处长", LocalDate.of(2017, 1, 1)))).then().extract().path("cadreId");
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("cadreId", cadre).get("/api/rotation/postings/counts")
                .then().statusCode(200).body("total", equalTo(1)).body("byStatus.PROPOSED", equalTo(1))
                .body("byStatus.ACTIVE", equalTo(0)).body("byStatus.size()", equalTo(5));
        Map<String, Object> byStatus = given().auth().oauth2(Logins.hrGuangdong()).get("/api/rotation/postings/counts")
                .then().statusCode(200).extract().path("byStatus");
        byStatus.forEach((status, count) -> given().auth().oauth2(Logins.hrGuangdong()).queryParam("status", status)
                .get("/api/rotation/postings").then().body("total", equalTo(count)));
        given().auth().oauth2(Logins.hrGuangdong()).queryParam("type", "SIDEWAYS").get("/api/rotation/postings/counts")
                .then().statusCode(400).body("violations[0].field", equalTo("type"));
    }

    @Test
    void aPostingGoesFromProposalThroughALeadersApprovalToTheHostsEvaluationWithItsEvents() {
        UUID cadre = roster.cadre("P01", "市场监管处处长", LocalDate.of(2018, 3, 1));
        KafkaCompanion kafka = KafkaBroker.shared().companion();
        var topic = kafka.consumeStrings().fromTopics("rotation.postings");
        try {
            String id = given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(posting(cadre))
                    .post("/api/rotation/postings").then().statusCode(201)
                    .body("status", equalTo("PROPOSED")).body("homeRegion", equalTo("EAST")).body("region", equalTo("WEST"))
                    .body("hostOrganisation", equalTo("四川省邮政管理局")).body("allowedCommands", equalTo(List.of("CANCEL")))
                    .extract().path("id");
            command(Logins.hrGuangdong(), id, "approve", Map.of()).then().statusCode(403);
            given().auth().oauth2(Logins.leader()).get("/api/rotation/postings/" + id).then()
                    .body("allowedCommands", equalTo(List.of("APPROVE", "CANCEL")));
            command(Logins.leader(), id, "approve", Map.of("version", 0)).then().statusCode(200)
                    .body("status", equalTo("APPROVED")).body("approvedBy", equalTo("leader"));
            command(Logins.leader(), id, "approve", Map.of()).then().statusCode(409)
                    .body("type", containsString("invalid-transition"));
            command(Logins.hrGuangdong(), id, "complete", Map.of("evaluation", "GOOD")).then().statusCode(409);
            command(Logins.hrGuangdong(), id, "start", Map.of("startedOn", TestClock.today().plusDays(3).toString()))
                    .then().statusCode(400).body("violations.field", hasItem("startedOn"));
            command(Logins.hrGuangdong(), id, "start", Map.of("startedOn", TestClock.today().minusDays(20).toString()))
                    .then().statusCode(200).body("status", equalTo("ACTIVE"))
                    .body("nextCheckInDue", equalTo(TestClock.today().plusDays(70).toString()))
                    .body("careOverdue", equalTo(false));
            given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                    .body(Map.of("heldOn", TestClock.today().minusDays(2).toString(), "method", "VISIT",
                            "notes", "到岗适应良好，生活安排妥当", "concerns", "子女入学"))
                    .post("/api/rotation/postings/" + id + "/check-ins").then().statusCode(201)
                    .body("recordedBy", equalTo("hr-guangdong"));
            given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                    .body(Map.of("heldOn", TestClock.today().plusDays(1).toString(), "method", "CALL"))
                    .post("/api/rotation/postings/" + id + "/check-ins").then().statusCode(400)
                    .body("violations.field", hasItems("heldOn", "notes"));
            // recorded late, for a day before the latest: the next check-in stays due from the latest
            given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                    .body(Map.of("heldOn", TestClock.today().minusDays(9).toString(), "method", "CALL",
                            "notes", "电话了解到岗情况"))
                    .post("/api/rotation/postings/" + id + "/check-ins").then().statusCode(201);
            given().auth().oauth2(Logins.hrGuangdong()).get("/api/rotation/postings/" + id + "/check-ins").then()
                    .body("size()", equalTo(2)).body("concerns", hasItem("子女入学"));
            given().auth().oauth2(Logins.hrGuangdong()).get("/api/rotation/postings/" + id).then()
                    .body("nextCheckInDue", equalTo(TestClock.today().plusDays(88).toString()));
            command(Logins.hrGuangdong(), id, "complete", Map.of("evaluation", "GOOD")).then().statusCode(400)
                    .body("violations.field", hasItems("capabilities", "remarks"));
            command(Logins.hrGuangdong(), id, "complete", Map.of("evaluation", "EXCELLENT",
                    "capabilities", List.of("MASS_WORK", "IMPLEMENTATION"), "remarks", "扎根基层，成效显著")).then()
                    .statusCode(200).body("status", equalTo("COMPLETED")).body("evaluation", equalTo("EXCELLENT"))
                    .body("capabilitiesExercised", equalTo(List.of("MASS_WORK", "IMPLEMENTATION")));
            command(Logins.hrGuangdong(), id, "cancel", Map.of("reason", "x")).then().statusCode(409);
            given().auth().oauth2(Logins.hrGuangdong()).get("/api/rotation/postings/" + id + "/audit").then()
                    .statusCode(200).body("size()", equalTo(4));

            await().atMost(Duration.ofSeconds(60)).until(() -> topic.getRecords().stream()
                    .filter(r -> r.key().equals(cadre.toString())).count() == 6);
            topic.stop();
            var mine = topic.getRecords().stream().filter(r -> r.key().equals(cadre.toString())).toList();
            assertEquals(6, mine.size(), "one event a transition and one a check-in that moved the next one");
            assertTrue(mine.get(0).value().contains(RotationEvents.POSTING_PROPOSED.type())
                    && mine.get(0).value().contains(TestRoster.GUANGZHOU.toString()), mine.get(0).value());
            assertTrue(mine.get(1).value().contains(RotationEvents.POSTING_APPROVED.type()));
            assertTrue(mine.get(2).value().contains(RotationEvents.POSTING_STARTED.type()));
            assertTrue(mine.get(3).value().contains(RotationEvents.CHECK_IN_DUE.type())
                    && mine.get(3).value().contains("\"dueOn\":\"" + TestClock.today().plusDays(70) + "\"")
                    && mine.get(3).value().contains("\"lastHeldOn\":null"), mine.get(3).value());
            assertTrue(mine.get(4).value().contains(RotationEvents.CHECK_IN_DUE.type())
                    && mine.get(4).value().contains("\"dueOn\":\"" + TestClock.today().plusDays(88) + "\"")
                    && mine.get(4).value().contains("\"lastHeldOn\":\"" + TestClock.today().minusDays(2) + "\""),
                    mine.get(4).value());
            assertTrue(mine.get(5).value().contains(RotationEvents.POSTING_COMPLETED.type())
                    && mine.get(5).value().contains("MASS_WORK"));
            mine.forEach(r -> assertEquals(List.of(), EventSchemas.violations(r.value())));
        } finally {
            kafka.close();
        }
    }

    @Test
    void aPostingsETagIsItsVersionAndACommandNamingAnOlderOneIsRefusedAndChangesNothing() {
        String id = propose(roster.cadre("P01E", "市场监管处处长", LocalDate.of(2018, 3, 1)));
        String read = given().auth().oauth2(Logins.leader()).get("/api/rotation/postings/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").extract().header("ETag");
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(Map.of("cadreId", UUID.randomUUID()))
                .get("/api/rotation/postings/" + id).then().statusCode(200).header("ETag", read);
        given().auth().oauth2(Logins.leader()).header("If-Match", "\"7\"").contentType(ContentType.JSON).body(Map.of())
                .post("/api/rotation/postings/" + id + "/approve").then().statusCode(412)
                .body("type", containsString("precondition-failed"));
        given().auth().oauth2(Logins.leader()).get("/api/rotation/postings/" + id).then()
                .body("status", equalTo("PROPOSED")).header("ETag", read);
        String key = UUID.randomUUID().toString();
        String approved = given().auth().oauth2(Logins.leader()).header("If-Match", read).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of()).post("/api/rotation/postings/" + id + "/approve").then()
                .statusCode(200).body("status", equalTo("APPROVED")).extract().header("ETag");
        given().auth().oauth2(Logins.leader()).get("/api/rotation/postings/" + id).then()
                .header("ETag", approved).body("version", equalTo(1));
        given().auth().oauth2(Logins.hrGuangdong()).header("If-Match", read).contentType(ContentType.JSON)
                .body(Map.of("reason", "调整计划")).post("/api/rotation/postings/" + id + "/cancel").then().statusCode(412);
        given().auth().oauth2(Logins.hrGuangdong()).header("If-Match", approved).contentType(ContentType.JSON)
                .body(Map.of("reason", "调整计划")).post("/api/rotation/postings/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).header("ETag", "\"2\"");
    }

    @Test
    void badProposalsAreRefusedWithTheOffendingFields() {
        UUID cadre = roster.cadre("P02", "科长", LocalDate.of(2020, 1, 1));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(Map.of()).post("/api/rotation/postings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("cadreId", "type", "plannedStart", "plannedEnd", "hostOrganisation"));
        Map<String, Object> shortOne = posting(cadre);
        shortOne.put("plannedEnd", TestClock.today().plusMonths(3).toString());
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(shortOne).post("/api/rotation/postings")
                .then().statusCode(400).body("violations[0].field", equalTo("plannedEnd"))
                .body("violations[0].message", containsString("6–36"));
        Map<String, Object> unknownHost = posting(cadre);
        unknownHost.put("hostUnitId", UUID.randomUUID());
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(unknownHost)
                .post("/api/rotation/postings").then().statusCode(400).body("violations.field", hasItem("hostUnitId"));
        Map<String, Object> badType = posting(cadre);
        badType.put("type", "HOLIDAY");
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(badType)
                .post("/api/rotation/postings").then().statusCode(400);
        String id = propose(cadre);
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(posting(cadre))
                .post("/api/rotation/postings").then().statusCode(409).body("type", containsString("posting-open"));
        command(Logins.hrGuangdong(), id, "cancel", Map.of("reason", " ")).then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        command(Logins.hrGuangdong(), id, "cancel", Map.of("reason", "工作需要，暂缓", "version", 0)).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("工作需要，暂缓"));
        // the cancellation is one embedded decision; its history reads as the posting's own fields
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/rotation/postings/" + id + "/audit").then().statusCode(200)
                .body("last().changes.find { it.field == 'cancelReason' }.after", equalTo("工作需要，暂缓"))
                .body("last().changes.find { it.field == 'cancelledBy' }.after", equalTo("hr-guangdong"))
                .body("last().changes.find { it.field == 'cancelledAt' }.before", nullValue())
                .body("last().changes.field", not(hasItem("cancellation")));
        command(Logins.leader(), id, "approve", Map.of()).then().statusCode(409);
        propose(cadre);
    }

    @Test
    void aProposalAndItsCancellationAreOnTheTopicForWhoeverWaitsOnThem() {
        UUID cadre = roster.cadre("P0C", "科长", LocalDate.of(2018, 3, 1));
        var topic = KafkaBroker.shared().companion().consumeStrings().fromTopics("rotation.postings");
        try {
            String id = propose(cadre);
            command(Logins.hrGuangdong(), id, "cancel", Map.of("reason", "计划调整", "version", 0)).then().statusCode(200);

            await().atMost(Duration.ofSeconds(60)).until(() -> topic.getRecords().stream()
                    .filter(r -> r.key().equals(cadre.toString())).count() == 2);
            var mine = topic.getRecords().stream().filter(r -> r.key().equals(cadre.toString())).toList();
            assertTrue(mine.get(0).value().contains(RotationEvents.POSTING_PROPOSED.type())
                    && mine.get(0).value().contains(id), mine.get(0).value());
            assertTrue(mine.get(1).value().contains(RotationEvents.POSTING_CANCELLED.type())
                    && mine.get(1).value().contains(id), mine.get(1).value());
            mine.forEach(r -> assertEquals(List.of(), EventSchemas.violations(r.value())));
        } finally {
            topic.stop();
        }
    }

    @Test
    void aWeakGradeOrAMeasureInItsInfluencePeriodRefusesTheProposalUntilTheMeasureIsRevoked() {
        UUID graded = roster.cadre("P03", "科长", LocalDate.of(2019, 1, 1));
        UUID measured = roster.cadre("P04", "科长", LocalDate.of(2019, 1, 1));
        // 基本称职 two years back, 称职 since: still among the last three results
        int year = TestClock.today().getYear();
        Events.send("assessment.results", graded, Events.json(AssessmentEvents.REVIEW_FINALIZED, graded,
                new ReviewFinalized(UUID.randomUUID(), graded, TestRoster.GUANGZHOU, year - 3, Grade.BASICALLY_COMPETENT)));
        Events.send("assessment.results", graded, Events.json(AssessmentEvents.REVIEW_FINALIZED, graded,
                new ReviewFinalized(UUID.randomUUID(), graded, TestRoster.GUANGZHOU, year - 2, Grade.COMPETENT)));
        Events.send("assessment.results", graded, Events.json(AssessmentEvents.REVIEW_FINALIZED, graded,
                new ReviewFinalized(UUID.randomUUID(), graded, TestRoster.GUANGZHOU, year - 1, Grade.COMPETENT)));
        UUID measure = UUID.randomUUID();
        // a version-1 event, still accepted while producers change over
        Events.send("inspection.supervision", measured, Events.json(InspectionEvents.MEASURE_APPLIED_V1, measured,
                new MeasureAppliedV1(measure, measured, 2, "诫勉", TestClock.today().minusDays(5), TestClock.today().plusMonths(6))));
        await().atMost(Duration.ofSeconds(60)).until(() -> !eligible(graded));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(posting(graded))
                .post("/api/rotation/postings").then().statusCode(422).body("type", containsString("not-eligible"))
                .body("detail", containsString((year - 3) + " 年度考核为基本称职"));
        // 交流轮岗 is mandatory (the 10-year rule): never refused
        Map<String, Object> rotation = posting(graded);
        rotation.put("type", "JOB_ROTATION");
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(rotation)
                .post("/api/rotation/postings").then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> !eligible(measured));
        given().auth().oauth2(TestRoster.cadreToken(measured)).get("/api/rotation/eligibility/" + measured).then()
                .statusCode(200).body("reasons.code", hasItem("MEASURE_IN_INFLUENCE"))
                .body("reasons[0].until", equalTo(TestClock.today().plusMonths(6).toString()));
        // HR reads the effect and the day it ends, never the measure
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(posting(measured))
                .post("/api/rotation/postings").then().statusCode(422).body("type", containsString("not-eligible"))
                .body("detail", containsString("影响期至 " + TestClock.today().plusMonths(6)))
                .body("detail", not(containsString("诫勉")))
                .body("violations[0].code", equalTo("eligibility.MEASURE_IN_INFLUENCE"))
                .body("violations[0].params.until", equalTo(TestClock.today().plusMonths(6).toString()));
        given().auth().oauth2(Logins.hrGuangdong()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(posting(measured)).post("/api/rotation/postings").then().statusCode(422)
                .body("violations[0].message", equalTo("under a supervision measure's influence until "
                        + TestClock.today().plusMonths(6)));
        Events.send("inspection.supervision", measured, Events.json(InspectionEvents.MEASURE_LIFTED, measured,
                new MeasureLifted(measure, measured, TestClock.today(), "REVOKED")));
        await().atMost(Duration.ofSeconds(60)).until(() -> eligible(measured));
        propose(measured);
    }

    @Test
    void aPendingCaseRefusesTheProposalUntilItIsConcludedAndMandatoryRotationStaysOpen() {
        UUID cadre = roster.cadre("P14", "科长", LocalDate.of(2019, 1, 1));
        UUID filed = UUID.randomUUID();
        Events.send("inspection.supervision", cadre, Events.json(InspectionEvents.MEASURE_APPLIED, cadre,
                new MeasureApplied(filed, cadre, MeasureType.CASE_FILED, MeasureFamily.CASE, 4, "立案审查调查",
                        TestClock.today().minusDays(3), "until-concluded", null, List.of(AnnualEffect.PENDING), null)));
        await().atMost(Duration.ofSeconds(60)).until(() -> !eligible(cadre));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/rotation/eligibility/" + cadre).then().statusCode(200)
                .body("reasons.code", equalTo(List.of("PENDING_CONCLUSION"))).body("reasons[0].until", nullValue())
                .body(not(containsString("立案")));
        Map<String, Object> rotation = posting(cadre);
        rotation.put("type", "JOB_ROTATION");
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(rotation)
                .post("/api/rotation/postings").then().statusCode(201);
        Events.send("inspection.supervision", cadre, Events.json(InspectionEvents.MEASURE_LIFTED, cadre,
                new MeasureLifted(filed, cadre, TestClock.today(), MeasureLifted.CONCLUDED, null, AnnualEffect.NONE)));
        await().atMost(Duration.ofSeconds(60)).until(() -> eligible(cadre));
    }

    @Test
    void anOpenPromotionCheckRefusesTheProposalUntilItIsConcluded() {
        UUID cadre = roster.cadre("P15", "科长", LocalDate.of(2019, 1, 1));
        UUID check = UUID.randomUUID();
        Events.send("inspection.supervision", cadre, Events.json(InspectionEvents.PROMOTION_CHECK_OPENED, cadre,
                new PromotionCheckOpened(check, cadre, TestClock.today())));
        await().atMost(Duration.ofSeconds(60)).until(() -> !eligible(cadre));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/rotation/eligibility/" + cadre).then().statusCode(200)
                .body("reasons.code", equalTo(List.of("CHECK_OPEN")))
                .body("reasons[0].message", containsString("个人有关事项核查"));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(posting(cadre))
                .post("/api/rotation/postings").then().statusCode(422).body("type", containsString("not-eligible"))
                .body("violations[0].code", equalTo("eligibility.CHECK_OPEN"));
        Events.send("inspection.supervision", cadre, Events.json(InspectionEvents.PROMOTION_CHECK_CONCLUDED, cadre,
                new PromotionCheckConcluded(check, cadre, TestClock.today())));
        await().atMost(Duration.ofSeconds(60)).until(() -> eligible(cadre));
        propose(cadre);
    }

    private static boolean eligible(UUID cadre) {
        return given().auth().oauth2(Logins.hrGuangdong()).get("/api/rotation/eligibility/" + cadre).then().statusCode(200)
                .extract().path("eligible");
    }

    @Test
    void hrSeesItsSubtreeTheCadreOwnPostingsAndOverdueCareIsFlagged() {
        UUID cadre = roster.cadre("P05", "科长", LocalDate.of(2019, 1, 1));
        String id = propose(cadre);
        command(Logins.leader(), id, "approve", Map.of()).then().statusCode(200);
        command(Logins.hrGuangdong(), id, "start", Map.of("startedOn", TestClock.today().minusDays(100).toString()))
                .then().statusCode(200).body("careOverdue", equalTo(true));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/rotation/postings?careOverdue=true&size=200").then()
                .statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(Logins.hrBeijing()).get("/api/rotation/postings/" + id).then().statusCode(404);
        given().auth().oauth2(Logins.hrBeijing()).get("/api/rotation/postings?size=200").then()
                .body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        given().auth().oauth2(TestRoster.cadreToken(cadre)).get("/api/rotation/postings").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        given().auth().oauth2(TestRoster.cadreToken(cadre)).contentType(ContentType.JSON).body(posting(cadre))
                .post("/api/rotation/postings").then().statusCode(403);
        given().auth().oauth2(Tokens.token("inspector", java.util.Set.of("inspector"), TestRoster.GUANGDONG, null))
                .get("/api/rotation/postings/" + id).then().statusCode(200);
        given().auth().oauth2(Logins.hrBeijing()).contentType(ContentType.JSON).body(posting(cadre))
                .post("/api/rotation/postings").then().statusCode(400).body("violations.field", hasItem("cadreId"));
        given().get("/api/rotation/postings").then().statusCode(401);
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/rotation/postings?status=DONE").then().statusCode(400)
                .body("violations.field", hasItem("status"));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "INSERT INTO check_in (id, posting_id, held_on, method, notes, recorded_by, recorded_at)"
                        + " VALUES (gen_random_uuid(), :p, :d, 'CALL', '电话问候', 'hr', now())")
                .setParameter("p", UUID.fromString(id)).setParameter("d", TestClock.today()).executeUpdate());
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/rotation/postings/" + id).then()
                .body("careOverdue", equalTo(false));
    }
}
