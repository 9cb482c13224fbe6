package org.benling.assessment.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.assessment.TestRoster;
import org.benling.contracts.assessment.AssessmentEvents;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.contracts.inspection.MeasureApplied;
import org.benling.contracts.inspection.MeasureLifted;
import org.benling.contracts.inspection.PromotionCheckConcluded;
import org.benling.contracts.inspection.PromotionCheckOpened;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.supervision.MeasureCatalog;
import org.benling.contracts.supervision.MeasureRule;
import org.benling.contracts.supervision.MeasureType;
import org.benling.testing.Events;
import org.benling.testing.KafkaBroker;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * What a supervision measure does to the annual assessment of the year it was imposed in (DOMAIN.md "Penalties
 * and organisational handling"): 不定等次 set at finalisation and left out of the 优秀 quota's base, 不称职 imposed,
 * and a pending case graded afterwards (补定等次) under its conclusion's effect. Each measure is imposed on 1 January
 * of the current year, so the cycle of this year is the one it reaches whatever day the tests run.
 */
@QuarkusTest
class SupervisionOutcomeFlowTest {

    static final MeasureCatalog CATALOG = MeasureCatalog.regulations();

    @Inject TestRoster roster;

    @Test
    void ungradedCadresGetNoGradeTheirConsequencesAndLeaveTheQuotaBase() {
        TestRoster.Unit unit = roster.unit("S01");
        int year = TestClock.today().getYear();
        impose(unit.cadre(1), MeasureType.PARTY_SERIOUS_WARNING);
        impose(unit.cadre(2), MeasureType.DEMERIT);
        impose(unit.cadre(3), MeasureType.DISMISSAL);
        String cycle = Api.openCycle(unit, year);
        Map<String, String> reviews = Api.reviews(cycle);
        String serious = reviews.get(unit.cadre(1).toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> "UNGRADED".equals(review(cycle, serious).path("supervision.effect")));
        // no grade may be proposed for a year that is 不定等次; HR reads why, not which measure
        Api.rate(cycle, serious, "COMPETENT", 80).then().statusCode(422)
                .body("type", containsString("grade-decided-by-measure")).body("detail", containsString("不定等次"))
                .body("detail", not(containsString("严重警告")));
        await().atMost(Duration.ofSeconds(60)).until(() -> summary(cycle).path("ungraded").equals(3));
        // 12 assessed, 3 不定等次: the quota's base is 9, 20% of which is 1
        summary(cycle).then().body("assessed", equalTo(12)).body("quota.assessed", equalTo(9))
                .body("quota.quota", equalTo(1));
        for (int i = 4; i <= 12; i++) {
            Api.rate(cycle, reviews.get(unit.cadre(i).toString()), i <= 5 ? "EXCELLENT" : "COMPETENT", 75).then()
                    .statusCode(200);
        }
        Api.finalizeCycle(cycle, Logins.hrGuangdong()).then().statusCode(422)
                .body("type", containsString("excellent-quota-exceeded"));
        Api.rate(cycle, reviews.get(unit.cadre(5).toString()), "COMPETENT", 75).then().statusCode(200);
        Api.finalizeCycle(cycle, Logins.hrGuangdong()).then().statusCode(200);

        review(cycle, serious).then().body("outcome", equalTo("UNGRADED")).body("finalGrade", nullValue())
                .body("consequences", hasItems("GRADE_SENIORITY_NOT_COUNTED", "NO_ASSESSMENT_BONUS", "TENURE_NOT_COUNTED"))
                .body("supervision.note", containsString("不定等次"));
        review(cycle, reviews.get(unit.cadre(4).toString())).then().body("outcome", equalTo("GRADED"))
                .body("finalGrade", equalTo("EXCELLENT"));
        summary(cycle).then().body("finalGrades.EXCELLENT", equalTo(1)).body("ungraded", equalTo(3));
        // the profile keeps the year, without a grade, with why and what it brings
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/profiles/" + unit.cadre(1)).then().statusCode(200)
                .body("grades.find { it.year == " + year + " }.outcome", equalTo("UNGRADED"))
                .body("grades.find { it.year == " + year + " }.grade", nullValue())
                .body("grades.find { it.year == " + year + " }.note", containsString("不定等次"))
                .body("grades.find { it.year == " + year + " }.consequences", hasItem("NO_ASSESSMENT_BONUS"));
    }

    @Test
    void aYearImposedIncompetentIsGradedSoWhateverWasProposed() {
        TestRoster.Unit unit = roster.unit("S02");
        int year = TestClock.today().getYear();
        impose(unit.cadre(1), MeasureType.PARTY_POST_REVOKED);
        String cycle = Api.openCycle(unit, year);
        Map<String, String> reviews = Api.reviews(cycle);
        String revoked = reviews.get(unit.cadre(1).toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> "INCOMPETENT".equals(review(cycle, revoked).path("supervision.effect")));
        Api.rate(cycle, revoked, "COMPETENT", 80).then().statusCode(422).body("detail", containsString("不称职"));
        Api.rate(cycle, revoked, "INCOMPETENT", 60).then().statusCode(200);
        for (int i = 2; i <= 12; i++) {
            Api.rate(cycle, reviews.get(unit.cadre(i).toString()), "COMPETENT", 75).then().statusCode(200);
        }
        Api.finalizeCycle(cycle, Logins.hrGuangdong()).then().statusCode(200);
        review(cycle, revoked).then().body("outcome", equalTo("GRADED")).body("finalGrade", equalTo("INCOMPETENT"))
                .body("consequences", hasItem("POST_ADJUSTMENT"));
    }

    @Test
    void anOpenPromotionCheckMakesTheCadreIneligibleUntilItIsConcluded() {
        TestRoster.Unit unit = roster.unit("S05");
        UUID cadre = unit.cadre(1);
        UUID check = UUID.randomUUID();
        Events.send("inspection.supervision", cadre, Events.json(InspectionEvents.PROMOTION_CHECK_OPENED, cadre,
                new PromotionCheckOpened(check, cadre, TestClock.today())));
        await().atMost(Duration.ofSeconds(60)).until(() -> !eligible(cadre));
        given().auth().oauth2(Logins.hrGuangdong()).header("Accept-Language", "zh-CN")
                .get("/api/assessment/eligibility/" + cadre).then().statusCode(200)
                .body("reasons.code", equalTo(List.of("CHECK_OPEN")))
                .body("reasons[0].message", containsString("提拔必查"));
        Events.send("inspection.supervision", cadre, Events.json(InspectionEvents.PROMOTION_CHECK_CONCLUDED, cadre,
                new PromotionCheckConcluded(check, cadre, TestClock.today())));
        await().atMost(Duration.ofSeconds(60)).until(() -> eligible(cadre));
    }

    private static boolean eligible(UUID cadre) {
        return given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/eligibility/" + cadre).then()
                .statusCode(200).extract().path("eligible");
    }

    @Test
    void aPendingCaseLeavesTheYearWithoutAGradeUntilItIsConcludedThenHrFixesItExceptExcellent() {
        TestRoster.Unit unit = roster.unit("S03");
        int year = TestClock.today().getYear();
        UUID cadre = unit.cadre(1);
        UUID filed = UUID.randomUUID();
        send(cadre, new MeasureApplied(filed, cadre, MeasureType.CASE_FILED, MeasureType.CASE_FILED.family(), 4,
                "立案审查调查", LocalDate.of(year, 1, 1), "until-concluded", null, List.of(AnnualEffect.PENDING), null));
        String cycle = Api.openCycle(unit, year);
        Map<String, String> reviews = Api.reviews(cycle);
        String pending = reviews.get(cadre.toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> "PENDING".equals(review(cycle, pending).path("supervision.effect")));
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/eligibility/" + cadre).then().statusCode(200)
                .body("eligible", equalTo(false)).body("reasons.code", hasItem("PENDING_CONCLUSION"))
                .body(not(containsString("立案")));
        for (int i = 2; i <= 12; i++) {
            Api.rate(cycle, reviews.get(unit.cadre(i).toString()), i <= 3 ? "EXCELLENT" : "COMPETENT", 75).then()
                    .statusCode(200);
        }
        Api.finalizeCycle(cycle, Logins.hrGuangdong()).then().statusCode(200);
        review(cycle, pending).then().body("outcome", equalTo("PENDING")).body("finalGrade", nullValue())
                .body("supervision.gradableAfterwards", equalTo(false));
        gradeAfterwards(cycle, pending, "COMPETENT").statusCode(422).body("type", containsString("case-still-pending"));

        KafkaCompanion kafka = KafkaBroker.shared().companion();
        var results = kafka.consumeStrings().fromTopics("assessment.results");
        try {
            // concluded with 党内警告: the pending year may now be graded, but not 优秀
            Events.send("inspection.supervision", cadre, EventJson.write(EventJson.envelope(InspectionEvents.MEASURE_LIFTED,
                    InspectionEvents.SOURCE, cadre.toString(), TestClock.offsetNow(), new MeasureLifted(filed, cadre,
                            TestClock.today(), MeasureLifted.CONCLUDED, MeasureType.PARTY_WARNING,
                            CATALOG.rule(MeasureType.PARTY_WARNING).effectIn(0)))));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> Boolean.TRUE.equals(review(cycle, pending).path("supervision.gradableAfterwards")));
            gradeAfterwards(cycle, pending, "EXCELLENT").statusCode(422).body("type", containsString("grade-not-allowed"))
                    .body("violations.field", hasItem("grade"));
            gradeAfterwards(cycle, pending, "COMPETENT").statusCode(200).body("outcome", equalTo("GRADED"))
                    .body("finalGrade", equalTo("COMPETENT")).body("gradedAfterwardsBy", notNullValue())
                    .body("gradedAfterwardsReason", equalTo("案件已了结，补定等次"));
            gradeAfterwards(cycle, pending, "COMPETENT").statusCode(409);
            given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/cycles/" + cycle + "/reviews/" + pending + "/audit")
                    .then().statusCode(200).body("size()", greaterThanOrEqualTo(3));
            await().atMost(Duration.ofSeconds(60)).until(() -> results.getRecords().stream().anyMatch(r ->
                    r.key().equals(cadre.toString()) && r.value().contains(AssessmentEvents.REVIEW_FINALIZED.type())
                            && r.value().contains("\"grade\":\"COMPETENT\"")));
        } finally {
            kafka.close();
        }
    }

    @Test
    void aFinalGradeIsNotRewrittenButTheReportListsTheReviewsTheRulesWouldGradeDifferently() {
        TestRoster.Unit unit = roster.unit("S04");
        int year = TestClock.today().getYear();
        String cycle = Api.openCycle(unit, year);
        Api.rateAll(cycle, unit, 2);
        Api.finalizeCycle(cycle, Logins.hrGuangdong()).then().statusCode(200);
        String excellent = Api.reviews(cycle).get(unit.cadre(1).toString());
        // recorded after the cycle was final: a 记过 of this year (不定等次) and a 警告 for the other 优秀 (no 优秀)
        impose(unit.cadre(1), MeasureType.DEMERIT);
        impose(unit.cadre(2), MeasureType.WARNING);
        impose(unit.cadre(3), MeasureType.WARNING);
        await().atMost(Duration.ofSeconds(60)).until(() -> report(Logins.hrGuangdong(), unit).path("total").equals(2));
        report(Logins.hrGuangdong(), unit).then().statusCode(200)
                .body("items.employeeNumber", hasItems("S04-01", "S04-02"))
                .body("items.find { it.employeeNumber == 'S04-01' }.wouldBe", equalTo("UNGRADED"))
                .body("items.find { it.employeeNumber == 'S04-01' }.finalGrade", equalTo("EXCELLENT"))
                .body("items.find { it.employeeNumber == 'S04-02' }.wouldBe", equalTo("NO_EXCELLENT"))
                .body("items.find { it.employeeNumber == 'S04-01' }.note", not(containsString("记过")));
        review(cycle, excellent).then().body("finalGrade", equalTo("EXCELLENT")).body("outcome", equalTo("GRADED"));
        report(Logins.hrBeijing(), unit).then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestRoster.cadre(unit, 1)).get("/api/assessment/regrade-report").then().statusCode(403);
    }

    private static io.restassured.response.Response report(String token, TestRoster.Unit unit) {
        return given().auth().oauth2(token).queryParam("year", TestClock.today().getYear())
                .queryParam("unitId", unit.id().toString()).get("/api/assessment/regrade-report");
    }

    /** The catalogue row of {@code type} imposed on 1 January of this year. */
    private static void impose(UUID cadre, MeasureType type) {
        MeasureRule rule = CATALOG.rule(type);
        LocalDate on = LocalDate.of(TestClock.today().getYear(), 1, 1);
        send(cadre, new MeasureApplied(UUID.randomUUID(), cadre, type, type.family(), type.defaultForm(),
                type.chineseName(), on, rule.influence().toString(), rule.influence().lastDay(on), rule.effects(), null));
    }

    private static void send(UUID cadre, MeasureApplied measure) {
        Events.send("inspection.supervision", cadre, EventJson.write(EventJson.envelope(InspectionEvents.MEASURE_APPLIED,
                InspectionEvents.SOURCE, cadre.toString(), TestClock.offsetNow(), measure)));
    }

    private static io.restassured.response.Response review(String cycle, String review) {
        return given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/cycles/" + cycle + "/reviews/" + review);
    }

    private static io.restassured.response.Response summary(String cycle) {
        return given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/cycles/" + cycle);
    }

    private static io.restassured.response.ValidatableResponse gradeAfterwards(String cycle, String review, String grade) {
        return given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("grade", grade, "reason", "案件已了结，补定等次", "version", Api.version(cycle, review)))
                .post("/api/assessment/cycles/" + cycle + "/reviews/" + review + "/grade-after-conclusion").then();
    }
}
