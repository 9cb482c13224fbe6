package org.benling.assessment.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.assessment.TestRoster;
import org.benling.contracts.assessment.AssessmentEvents;
import org.benling.contracts.events.EventSchemas;
import org.benling.testing.Bureau;
import org.benling.testing.KafkaBroker;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.benling.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CycleFlowTest {

    @Inject TestRoster roster;
    @Inject EntityManager em;

    @Test
    void hrOpensACycleWithOneReviewPerCadreOfTheUnitAndOnlyOnce() {
        TestRoster.Unit unit = roster.unit("C01");
        String cycle = Api.openCycle(unit, 2025);
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/cycles/" + cycle).then().statusCode(200)
                .body("assessed", equalTo(12)).body("graded", equalTo(0)).body("status", equalTo("OPEN"))
                .body("quota.standardQuota", equalTo(2)).body("quota.raisedQuota", equalTo(3))
                .body("unitName", equalTo("C01 市邮政管理局"));
        assertEquals(12, Api.reviews(cycle).size());
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("unitId", unit.id(), "year", 2025)).post("/api/assessment/cycles")
                .then().statusCode(409).contentType("application/problem+json").body("type", containsString("cycle-exists"));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/cycles?year=2025&unitId=" + TestRoster.GUANGDONG)
                .then().statusCode(200).body("items.id", hasItem(cycle));
    }

    @Test
    void openingACycleAsksEachCadreForTheSelfReportByItsDueDayAndTheFirstReportSaysItIsFiled() {
        TestRoster.Unit unit = roster.unit("SR1");
        LocalDate due = TestClock.today().plusDays(14);
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("unitId", unit.id(), "year", 2025, "selfReportDue", TestClock.today().minusDays(1).toString()))
                .post("/api/assessment/cycles").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("selfReportDue"));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/cycles?year=2025&unitId=" + unit.id())
                .then().statusCode(200).body("total", equalTo(0));

        KafkaCompanion kafka = KafkaBroker.shared().companion();
        try {
            var task = kafka.consumeStrings().fromTopics("assessment.results");
            String cycle = given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                    .body(Map.of("unitId", unit.id(), "year", 2025, "selfReportDue", due.toString()))
                    .post("/api/assessment/cycles").then().statusCode(201).body("selfReportDue", equalTo(due.toString()))
                    .extract().path("id");
            String own = Api.reviews(cycle).get(unit.cadre(1).toString());
            given().auth().oauth2(TestRoster.cadre(unit, 1)).get("/api/assessment/me/reviews").then().statusCode(200)
                    .body("[0].selfReportDue", equalTo(due.toString()));
            for (String text : List.of("一年来，我认真履职……", "一年来，我认真履职，改一稿……")) {
                Integer version = given().auth().oauth2(TestRoster.cadre(unit, 1))
                        .get("/api/assessment/cycles/" + cycle + "/reviews/" + own).then().extract().path("version");
                given().auth().oauth2(TestRoster.cadre(unit, 1)).contentType(ContentType.JSON)
                        .body(Map.of("text", text, "version", version))
                        .put("/api/assessment/cycles/" + cycle + "/reviews/" + own + "/self-report").then().statusCode(200);
            }

            await().atMost(Duration.ofSeconds(60)).until(() -> ofUnit(task.getRecords(), unit,
                    AssessmentEvents.SELF_REPORT_REQUESTED.type()).size() == 12
                    && ofUnit(task.getRecords(), unit, AssessmentEvents.SELF_REPORT_FILED.type()).size() == 1);
            task.stop();
            var asked = ofUnit(task.getRecords(), unit, AssessmentEvents.SELF_REPORT_REQUESTED.type());
            assertEquals(12, asked.size(), "one request a cadre of the unit");
            asked.forEach(v -> {
                assertEquals(List.of(), EventSchemas.violations(v));
                org.junit.jupiter.api.Assertions.assertTrue(v.contains("\"dueOn\":\"" + due + "\"") && v.contains(cycle), v);
            });
            var filed = ofUnit(task.getRecords(), unit, AssessmentEvents.SELF_REPORT_FILED.type());
            assertEquals(1, filed.size(), "filed once: rewriting the report is no new filing");
            org.junit.jupiter.api.Assertions.assertTrue(filed.get(0).contains(own), filed.get(0));
        } finally {
            kafka.close();
        }
    }

    /** The values of the events of this type about the unit's cadres. */
    private static List<String> ofUnit(List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records,
            TestRoster.Unit unit, String type) {
        return records.stream().filter(r -> r.value().contains(type))
                .filter(r -> unit.cadres().stream().anyMatch(c -> c.toString().equals(r.key())))
                .map(org.apache.kafka.clients.consumer.ConsumerRecord::value).toList();
    }

    @Test
    void finalisingBeyondTheExcellentQuotaIsRefusedUntilALeaderApprovesTheRaisedRate() {
        TestRoster.Unit unit = roster.unit("C02");
        String cycle = Api.openCycle(unit, 2025);
        Api.rateAll(cycle, unit, 3);
        Api.finalizeCycle(cycle, Logins.hrGuangdong()).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("excellent-quota-exceeded"))
                .body("detail", containsString("优秀 3 人，超过限额 2 人"))
                .body("violations.field", hasItem("proposedGrade"));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/cycles/" + cycle).then()
                .body("status", equalTo("OPEN")).body("quota.allowed", equalTo(false)).body("proposed.EXCELLENT", equalTo(3));

        // HR cannot approve the raised rate; a leader can, and it is recorded
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/assessment/cycles/" + cycle + "/raised-quota").then().statusCode(403);
        given().auth().oauth2(Logins.leader()).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/assessment/cycles/" + cycle + "/raised-quota").then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        given().auth().oauth2(Logins.leader()).contentType(ContentType.JSON)
                .body(Map.of("reason", "党组会议 2025-12-20 批准"))
                .post("/api/assessment/cycles/" + cycle + "/raised-quota").then().statusCode(200)
                .body("raisedQuotaApproval.approved", equalTo(true)).body("quota.quota", equalTo(3));

        Api.finalizeCycle(cycle, Logins.hrGuangdong()).then().statusCode(200).body("status", equalTo("FINALIZED"))
                .body("finalGrades.EXCELLENT", equalTo(3)).body("finalGrades.COMPETENT", equalTo(9));
        Api.finalizeCycle(cycle, Logins.hrGuangdong()).then().statusCode(409);
        String review = Api.reviews(cycle).get(unit.cadre(1).toString());
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/cycles/" + cycle + "/reviews/" + review).then()
                .statusCode(200).body("finalGrade", equalTo("EXCELLENT")).body("consequences", hasItem("COMMENDATION"))
                .body("status", equalTo("FINALIZED"));
        Api.rate(cycle, review, "COMPETENT", 70).then().statusCode(409);
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/cycles/" + cycle + "/audit").then()
                .statusCode(200).body("size()", equalTo(3));
    }

    @Test
    void finalisingPublishesOneValidReviewFinalizedPerCadreAndKeepsTheProfileOfTheCycle() {
        TestRoster.Unit unit = roster.unit("C03");
        String cycle = Api.openCycle(unit, 2025);
        Api.rateAll(cycle, unit, 2);
        KafkaCompanion kafka = KafkaBroker.shared().companion();
        try {
            var task = kafka.consumeStrings().fromTopics("assessment.results");
            Api.finalizeCycle(cycle, Logins.hrGuangdong()).then().statusCode(200);
            await().atMost(Duration.ofSeconds(60)).until(() -> task.getRecords().stream()
                    .filter(r -> r.value().contains(AssessmentEvents.REVIEW_FINALIZED.type()))
                    .filter(r -> unit.cadres().stream().anyMatch(c -> c.toString().equals(r.key()))).count() == 12);
            task.stop();
            task.getRecords().stream().filter(r -> r.value().contains(unit.cadre(1).toString()))
                    .forEach(r -> assertEquals(List.of(), EventSchemas.violations(r.value())));
        } finally {
            kafka.close();
        }
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/profiles/" + unit.cadre(5)).then().statusCode(200)
                .body("computed", equalTo(true))
                .body("capabilities.find { it.capability == 'LEARNING' }.score", equalTo(75))
                .body("capabilities.find { it.capability == 'LEARNING' }.components[0].source", equalTo("RATING"))
                .body("history[0].year", equalTo(2025)).body("history[0].scores.LEARNING", equalTo(75))
                .body("grades[0].grade", equalTo("COMPETENT"));
    }

    @Test
    void everyReviewNeedsAProposedGradeBeforeTheUnitIsFinalised() {
        TestRoster.Unit unit = roster.unit("C04");
        String cycle = Api.openCycle(unit, 2025);
        Map<String, String> reviews = Api.reviews(cycle);
        Api.rate(cycle, reviews.get(unit.cadre(1).toString()), "COMPETENT", 80).then().statusCode(200);
        Api.finalizeCycle(cycle, Logins.hrGuangdong()).then().statusCode(422)
                .body("type", containsString("reviews-incomplete")).body("violations.size()", equalTo(11));
    }

    @Test
    void badRatingsAreRefusedWithTheOffendingFieldsAndChangeNothing() {
        TestRoster.Unit unit = roster.unit("C05");
        String cycle = Api.openCycle(unit, 2025);
        String review = Api.reviews(cycle).get(unit.cadre(1).toString());
        String url = "/api/assessment/cycles/" + cycle + "/reviews/" + review;
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("performanceScore", 120, "capabilityScores", Map.of("LEARNING", -5), "version", 0))
                .put(url).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("performanceScore", "capabilityScores.LEARNING"));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("proposedGrade", "SUPERB", "version", 0)).put(url).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("proposedGrade", "COMPETENT")).put(url).then().statusCode(400)
                .body("violations.field", hasItem("version"));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("proposedGrade", "COMPETENT", "version", 7)).put(url).then().statusCode(409)
                .body("type", containsString("stale"));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON).body("{ not json").put(url).then()
                .statusCode(400);
        given().auth().oauth2(Logins.hrGuangdong()).get(url).then().statusCode(200)
                .body("proposedGrade", nullValue()).body("performanceScore", nullValue()).body("version", equalTo(0));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("year", 2025)).post("/api/assessment/cycles").then().statusCode(400)
                .body("violations.field", hasItem("unitId"));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("unitId", unit.id(), "year", 2099)).post("/api/assessment/cycles").then().statusCode(400)
                .body("violations.field", hasItem("year"));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/cycles?status=DONE").then().statusCode(400)
                .body("violations.field", hasItem("status"));
    }

    @Test
    void ballotsAreAnonymousAndBlendIntoTheFinalRating() {
        TestRoster.Unit unit = roster.unit("C06");
        String cycle = Api.openCycle(unit, 2025);
        String review = Api.reviews(cycle).get(unit.cadre(1).toString());
        String url = "/api/assessment/cycles/" + cycle + "/reviews/" + review;
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("ballots", List.of(Map.of("grade", "EXCELLENT"), Map.of("grade", "BAD"))))
                .post(url + "/ballots").then().statusCode(400);
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("ballots", List.of(Map.of("grade", "EXCELLENT", "capabilityScores", Map.of("LEARNING", 101)))))
                .post(url + "/ballots").then().statusCode(400)
                .body("violations.field", hasItem("ballots[0].capabilityScores.LEARNING"));
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("ballots", List.of(
                        Map.of("grade", "EXCELLENT", "capabilityScores", Map.of("LEARNING", 90)),
                        Map.of("grade", "COMPETENT", "capabilityScores", Map.of("LEARNING", 80)),
                        Map.of("grade", "BASICALLY_COMPETENT"))))
                .post(url + "/ballots").then().statusCode(200).body("ballots", equalTo(3))
                .body("grades.EXCELLENT", equalTo(1)).body("capabilityAverages.LEARNING", equalTo(85.0f));
        Long count = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM ballot WHERE review_id = :r").setParameter("r", UUID.fromString(review))
                .getSingleResult()).longValue());
        assertEquals(3L, count, "the invalid requests recorded nothing");
        Api.rateAll(cycle, unit, 2);
        Api.finalizeCycle(cycle, Logins.hrGuangdong()).then().statusCode(200);
        // superior 71, ballots 85: 71 × 0.7 + 85 × 0.3 = 75.2 → 75
        given().auth().oauth2(Logins.hrGuangdong()).get(url).then().body("finalCapabilityScores.LEARNING", equalTo(75))
                .body("finalCapabilityScores.RISK_MANAGEMENT", equalTo(71));
    }

    @Test
    void nobodyRatesOrBallotsForTheirOwnReviewAndTheBallotsKeepWhoEnteredThem() {
        TestRoster.Unit unit = roster.unit("C41");
        String cycle = Api.openCycle(unit, 2025);
        Map<String, String> reviews = Api.reviews(cycle);
        String own = "/api/assessment/cycles/" + cycle + "/reviews/" + reviews.get(unit.cadre(1).toString());
        String colleague = "/api/assessment/cycles/" + cycle + "/reviews/" + reviews.get(unit.cadre(2).toString());
        String hrWhoIsCadre1 = org.benling.testing.Tokens.token("hr-c41", java.util.Set.of("hr"), TestRoster.GUANGDONG,
                unit.cadre(1));
        given().auth().oauth2(hrWhoIsCadre1).contentType(ContentType.JSON)
                .body(Map.of("proposedGrade", "EXCELLENT", "version", 0)).put(own).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://benling.org/problems/own-record"))
                .body("detail", containsString("rate the review"));
        given().auth().oauth2(hrWhoIsCadre1).contentType(ContentType.JSON)
                .body(Map.of("ballots", List.of(Map.of("grade", "EXCELLENT")))).post(own + "/ballots").then()
                .statusCode(403).body("type", equalTo("https://benling.org/problems/own-record"));
        given().auth().oauth2(Logins.hrGuangdong()).get(own).then().body("proposedGrade", nullValue())
                .body("democratic.ballots", equalTo(0));

        given().auth().oauth2(hrWhoIsCadre1).contentType(ContentType.JSON)
                .body(Map.of("proposedGrade", "COMPETENT", "version", 0)).put(colleague).then().statusCode(200);
        given().auth().oauth2(hrWhoIsCadre1).contentType(ContentType.JSON)
                .body(Map.of("ballots", List.of(Map.of("grade", "EXCELLENT"), Map.of("grade", "COMPETENT"))))
                .post(colleague + "/ballots").then().statusCode(200).body("ballots", equalTo(2));
        UUID colleagueReview = UUID.fromString(reviews.get(unit.cadre(2).toString()));
        List<?> entered = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT DISTINCT b.submitted_by || '/' || r.actor FROM ballot b JOIN ballot_aud a ON a.id = b.id"
                        + " JOIN audit_revision r ON r.id = a.rev WHERE b.review_id = :r")
                .setParameter("r", colleagueReview).getResultList());
        assertEquals(List.of("hr-c41/hr-c41"), entered, "the ballots name who entered them, in the row and the audit");
    }

    @Test
    void scopeHrSeesItsSubtreeACadreOnlyTheOwnReview() {
        TestRoster.Unit unit = roster.unit("C07");
        String cycle = Api.openCycle(unit, 2025);
        Map<String, String> reviews = Api.reviews(cycle);
        String own = reviews.get(unit.cadre(1).toString());
        String other = reviews.get(unit.cadre(2).toString());
        given().auth().oauth2(Logins.hrBeijing()).get("/api/assessment/cycles/" + cycle).then().statusCode(404);
        given().auth().oauth2(Logins.hrBeijing()).get("/api/assessment/cycles?size=200").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(cycle)));
        given().auth().oauth2(Logins.hrBeijing()).contentType(ContentType.JSON)
                .body(Map.of("unitId", unit.id(), "year", 2024)).post("/api/assessment/cycles").then().statusCode(400);
        given().auth().oauth2(TestRoster.cadre(unit, 1)).get("/api/assessment/cycles").then().statusCode(403);
        given().auth().oauth2(TestRoster.cadre(unit, 1)).get("/api/assessment/cycles/" + cycle + "/reviews/" + other)
                .then().statusCode(404);
        given().auth().oauth2(TestRoster.cadre(unit, 1)).contentType(ContentType.JSON)
                .body(Map.of("text", "一年来，我认真履职……", "version", 0))
                .put("/api/assessment/cycles/" + cycle + "/reviews/" + own + "/self-report").then().statusCode(200)
                .body("selfReport", equalTo("一年来，我认真履职……"));
        given().auth().oauth2(TestRoster.cadre(unit, 1)).contentType(ContentType.JSON)
                .body(Map.of("text", "不是我的", "version", 0))
                .put("/api/assessment/cycles/" + cycle + "/reviews/" + other + "/self-report").then().statusCode(404);
        given().auth().oauth2(TestRoster.cadre(unit, 1)).contentType(ContentType.JSON)
                .body(Map.of("proposedGrade", "EXCELLENT", "version", 1))
                .put("/api/assessment/cycles/" + cycle + "/reviews/" + own).then().statusCode(403);
        given().auth().oauth2(TestRoster.cadre(unit, 1)).get("/api/assessment/me/reviews").then().statusCode(200)
                .body("[0].id", equalTo(own));
        given().auth().oauth2(Tokens.token("inspector", java.util.Set.of("inspector"), TestRoster.GUANGDONG, null))
                .contentType(ContentType.JSON).body(Map.of()).post("/api/assessment/cycles/" + cycle + "/finalize")
                .then().statusCode(403);
        given().get("/api/assessment/cycles").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void consecutiveYearsBringTheStatutoryConsequences() {
        TestRoster.Unit unit = roster.unit("C08");
        UUID excellentTwice = unit.cadre(1);
        UUID incompetentOnce = unit.cadre(12);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int year : new int[] {2023, 2024}) {
                em.createNativeQuery("INSERT INTO grade_record (cadre_id, year, grade) VALUES (:c, :y, 'EXCELLENT')")
                        .setParameter("c", excellentTwice).setParameter("y", year).executeUpdate();
            }
            em.createNativeQuery("INSERT INTO grade_record (cadre_id, year, grade) VALUES (:c, 2024, 'INCOMPETENT')")
                    .setParameter("c", incompetentOnce).executeUpdate();
        });
        String cycle = Api.openCycle(unit, 2025);
        Map<String, String> reviews = Api.reviews(cycle);
        Api.rateAll(cycle, unit, 2);
        Api.rate(cycle, reviews.get(incompetentOnce.toString()), "INCOMPETENT", 40).then().statusCode(200);
        Api.rate(cycle, reviews.get(unit.cadre(11).toString()), "BASICALLY_COMPETENT", 55).then().statusCode(200);
        Api.finalizeCycle(cycle, Logins.hrGuangdong()).then().statusCode(200);
        String base = "/api/assessment/cycles/" + cycle + "/reviews/";
        given().auth().oauth2(Logins.hrGuangdong()).get(base + reviews.get(excellentTwice.toString())).then()
                .body("consequences", equalTo(List.of("COMMENDATION", "MERIT_CITATION_CANDIDATE")));
        given().auth().oauth2(Logins.hrGuangdong()).get(base + reviews.get(unit.cadre(2).toString())).then()
                .body("consequences", equalTo(List.of("COMMENDATION")));
        given().auth().oauth2(Logins.hrGuangdong()).get(base + reviews.get(incompetentOnce.toString())).then()
                .body("consequences", equalTo(List.of("DISMISSAL_REVIEW", "POST_ADJUSTMENT")));
        given().auth().oauth2(Logins.hrGuangdong()).get(base + reviews.get(unit.cadre(11).toString())).then()
                .body("consequences", equalTo(List.of("ADMONISHMENT_FOLLOW_UP", "SENIORITY_NOT_COUNTED")));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/profiles/" + excellentTwice).then()
                .body("grades.year", equalTo(List.of(2025, 2024, 2023)));
    }

    @Test
    void threeExcellentYearsMakeAMeritCitationCandidateWhateverOrderTheyAreFinalisedIn() {
        TestRoster.Unit unit = roster.unit("C09");
        UUID excellent = unit.cadre(1);
        int thisYear = TestClock.today().getYear();
        Map<Integer, String> reviewOf = new java.util.HashMap<>();
        for (int year : new int[] {thisYear, thisYear - 2, thisYear - 1}) {
            String cycle = Api.openCycle(unit, year);
            Api.rateAll(cycle, unit, 1);
            Api.finalizeCycle(cycle, Logins.hrGuangdong()).then().statusCode(200);
            reviewOf.put(year, "/api/assessment/cycles/" + cycle + "/reviews/" + Api.reviews(cycle).get(excellent.toString()));
        }
        // the middle year, finalised last, completes the run: the third 优秀 in a row is this year's
        given().auth().oauth2(Logins.hrGuangdong()).get(reviewOf.get(thisYear)).then().statusCode(200)
                .body("consequences", equalTo(List.of("COMMENDATION", "MERIT_CITATION_CANDIDATE")));
        given().auth().oauth2(Logins.hrGuangdong()).get(reviewOf.get(thisYear - 1)).then()
                .body("consequences", equalTo(List.of("COMMENDATION")));
        given().auth().oauth2(Logins.hrGuangdong()).get(reviewOf.get(thisYear - 2)).then()
                .body("consequences", equalTo(List.of("COMMENDATION")));
    }

    @Test
    void smallUnitsShareAQuotaAtTheirParentAndThePoolRefusesTheFifthUnitsSecondExcellent() {
        // five offices of two: ten assessed in the pool, 20% is two 优秀 places for all of them together
        List<TestRoster.Unit> offices = roster.smallUnits("P01", 5, 2);
        int year = TestClock.today().getYear();
        List<String> cycles = offices.stream().map(office -> Api.openCycle(office, year)).toList();
        Api.rateAll(cycles.get(0), offices.get(0), 1);
        Api.finalizeCycle(cycles.get(0), Logins.hrGuangdong()).then().statusCode(200);
        for (int i = 1; i < 4; i++) {
            Api.rateAll(cycles.get(i), offices.get(i), 0);
            Api.finalizeCycle(cycles.get(i), Logins.hrGuangdong()).then().statusCode(200);
        }
        String fifth = cycles.get(4);
        Api.rateAll(fifth, offices.get(4), 2);
        Api.finalizeCycle(fifth, Logins.hrGuangdong()).then().statusCode(422)
                .body("type", containsString("excellent-pool-exceeded"));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/cycles/" + fifth).then().statusCode(200)
                .body("pool.parentUnitId", equalTo(Bureau.unitId("P01").toString()))
                .body("pool.units", equalTo(5)).body("pool.assessed", equalTo(10)).body("pool.quota", equalTo(2))
                .body("pool.excellent", equalTo(3)).body("pool.allowed", equalTo(false));

        String second = Api.reviews(fifth).get(offices.get(4).cadre(2).toString());
        Api.rate(fifth, second, "COMPETENT", 75).then().statusCode(200);
        Api.finalizeCycle(fifth, Logins.hrGuangdong()).then().statusCode(200);
        // a unit with a quota of its own has no pool
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/cycles/" + Api.openCycle(roster.unit("C10"), year))
                .then().body("pool", nullValue());
    }

    @Test
    void aBasicallyCompetentResultAmongTheLastThreeBlocksCandidacyAndAnOlderOneNoLonger() {
        TestRoster.Unit unit = roster.unit("C11");
        UUID recent = unit.cadre(1);
        UUID older = unit.cadre(2);
        int year = TestClock.today().getYear();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int y = year - 4; y < year; y++) {
                grade(recent, y, y == year - 3 ? "BASICALLY_COMPETENT" : "COMPETENT");
                grade(older, y, y == year - 4 ? "BASICALLY_COMPETENT" : "COMPETENT");
            }
        });
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/eligibility/" + recent).then().statusCode(200)
                .body("eligible", equalTo(false)).body("reasons.code", equalTo(List.of("RECENT_GRADE")))
                .body("reasons[0].year", equalTo(year - 3)).body("reasons[0].grade", equalTo("BASICALLY_COMPETENT"));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/eligibility/" + older).then()
                .body("eligible", equalTo(true));
    }

    private void grade(UUID cadre, int year, String grade) {
        em.createNativeQuery("INSERT INTO grade_record (cadre_id, year, grade) VALUES (:c, :y, :g)")
                .setParameter("c", cadre).setParameter("y", year).setParameter("g", grade).executeUpdate();
    }
}
