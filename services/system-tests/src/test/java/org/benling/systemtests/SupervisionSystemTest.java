package org.benling.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One influence-period rule that every service honours: a measure applied in inspection changes the annual
 * assessment by its type (警告: no 优秀; 记过: 不定等次) and blocks a posting proposal in rotation, and both are
 * allowed again once the measure is lifted (revoked).
 */
class SupervisionSystemTest {

    static Stack.Fixture fixture;
    static String sichuan;

    @BeforeAll
    static void aNewUnitWithTwoCadres() {
        fixture = Stack.newUnit("S", 2);
        sichuan = Stack.as("admin").get("/api/units").then().statusCode(200)
                .extract().path("[0].children.find { it.code == '510000' }.id");
    }

    @Test
    void aMeasureBlocksExcellentAndPostingsUntilItIsLifted() {
        String cadre = fixture.cadres().get(0);
        String cycle = cycle();
        String review = Stack.as(Stack.HR).get("/api/assessment/cycles/" + cycle + "/reviews?q=" + fixture.stamp() + "-1")
                .then().statusCode(200).extract().path("items[0].id");

        long applied = System.nanoTime();
        String measure = Stack.as("inspector").body(Map.of("cadreId", cadre, "type", "WARNING",
                "appliedOn", Stack.today().toString(), "reason", "系统测试：违反工作纪律"))
                .post("/api/inspection/measures").then().statusCode(201).body("form", equalTo(2)).extract().path("id");
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> !eligibleInAssessment(cadre)
                && !eligibleForPosting(cadre));
        System.out.printf("measure applied → blocks in assessment and rotation: %d ms%n", (System.nanoTime() - applied) / 1_000_000);
        // assessment tells HR the effect on the year, never the measure
        rateExcellent(cycle, review).then().statusCode(422).body("type", containsString("excellent-blocked-by-measure"))
                .body("detail", containsString("不得评为优秀")).body("detail", not(containsString("警告")));
        // rotation tells HR the effect and when it ends, never the measure
        propose(cadre).then().statusCode(422).body("type", containsString("not-eligible"))
                .body("violations.message", hasItem(containsString("影响期至")))
                .body("violations.message", not(hasItem(containsString("警告"))));
        Stack.as(Stack.HR).get("/api/inspection/measures/" + measure).then().statusCode(403);

        long lifted = System.nanoTime();
        Stack.as("inspector").body(Map.of("reason", "系统测试：经复查撤销")).post("/api/inspection/measures/" + measure + "/revoke")
                .then().statusCode(200).body("status", equalTo("REVOKED"));
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> eligibleInAssessment(cadre)
                && eligibleForPosting(cadre));
        System.out.printf("measure lifted → allowed again: %d ms%n", (System.nanoTime() - lifted) / 1_000_000);
        rateExcellent(cycle, review).then().statusCode(200).body("proposedGrade", equalTo("EXCELLENT"));
        propose(cadre).then().statusCode(201).body("status", equalTo("PROPOSED"));
    }

    /**
     * The type decides what a measure does: 记过 leaves the year 不定等次 (no grade may be proposed) and keeps the
     * cadre from candidacy and postings, but never from the mandatory 交流轮岗; revoking it restores everything.
     */
    @Test
    void aDemeritLeavesTheYearUngradedAndItsRevocationRestoresIt() {
        String cadre = fixture.cadres().get(1);
        String cycle = cycle();
        String review = Stack.as(Stack.HR).get("/api/assessment/cycles/" + cycle + "/reviews?q=" + fixture.stamp() + "-2")
                .then().statusCode(200).extract().path("items[0].id");
        String measure = Stack.as("inspector").body(Map.of("cadreId", cadre, "type", "DEMERIT",
                "appliedOn", Stack.today().withDayOfYear(1).toString(), "reason", "系统测试：违反工作纪律"))
                .post("/api/inspection/measures").then().statusCode(201).body("annualEffects[0].effect", equalTo("UNGRADED"))
                .extract().path("id");
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> "UNGRADED".equals(effect(cycle, review))
                && !eligibleForPosting(cadre));
        rate(cycle, review, "COMPETENT").then().statusCode(422).body("type", containsString("grade-decided-by-measure"))
                .body("detail", containsString("不定等次")).body("detail", not(containsString("记过")));
        Stack.as(Stack.HR).body(Map.of("cadreId", cadre, "type", "JOB_ROTATION", "hostUnitId", sichuan,
                "plannedStart", Stack.today().plusMonths(1).toString(), "plannedEnd", Stack.today().plusMonths(25).toString()))
                .post("/api/rotation/postings").then().statusCode(201);

        Stack.as("inspector").body(Map.of("reason", "系统测试：经复查撤销")).post("/api/inspection/measures/" + measure + "/revoke")
                .then().statusCode(200);
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> "NONE".equals(effect(cycle, review))
                && eligibleInAssessment(cadre));
        rate(cycle, review, "COMPETENT").then().statusCode(200).body("proposedGrade", equalTo("COMPETENT"));
    }

    /** The unit's cycle of this year, opened by whichever test comes first. */
    private static synchronized String cycle() {
        String cycle = Stack.as(Stack.HR).get("/api/assessment/cycles?unitId=" + fixture.unitId() + "&year="
                + Stack.today().getYear()).then().statusCode(200).extract().path("items[0].id");
        return cycle != null ? cycle : Stack.as(Stack.HR).body(Map.of("unitId", fixture.unitId(), "year", Stack.today().getYear()))
                .post("/api/assessment/cycles").then().statusCode(201).extract().path("id");
    }

    private static String effect(String cycle, String review) {
        return Stack.as(Stack.HR).get("/api/assessment/cycles/" + cycle + "/reviews/" + review).then().statusCode(200)
                .extract().path("supervision.effect");
    }

    private static boolean eligibleInAssessment(String cadre) {
        return Stack.as(Stack.HR).get("/api/assessment/eligibility/" + cadre).then().statusCode(200).extract().path("eligible");
    }

    private static boolean eligibleForPosting(String cadre) {
        return Stack.as(Stack.HR).get("/api/rotation/eligibility/" + cadre).then().statusCode(200).extract().path("eligible");
    }

    private static io.restassured.response.Response rateExcellent(String cycle, String review) {
        return rate(cycle, review, "EXCELLENT");
    }

    private static io.restassured.response.Response rate(String cycle, String review, String grade) {
        int version = Stack.as(Stack.HR).get("/api/assessment/cycles/" + cycle + "/reviews/" + review).then().statusCode(200)
                .extract().path("version");
        Map<String, Object> scores = new LinkedHashMap<>();
        for (String c : List.of("LEARNING", "POLITICAL_LEADERSHIP", "REFORM_INNOVATION", "SCIENTIFIC_DEVELOPMENT",
                "LAW_BASED_GOVERNANCE", "MASS_WORK", "IMPLEMENTATION", "RISK_MANAGEMENT")) {
            scores.put(c, 90);
        }
        return Stack.as(Stack.HR).body(Map.of("superiorGrade", grade, "capabilityScores", scores,
                "proposedGrade", grade, "version", version))
                .put("/api/assessment/cycles/" + cycle + "/reviews/" + review);
    }

    private static io.restassured.response.Response propose(String cadre) {
        return Stack.as(Stack.HR).body(Map.of("cadreId", cadre, "type", "CROSS_REGION_EXCHANGE", "hostUnitId", sichuan,
                "plannedStart", Stack.today().plusMonths(1).toString(),
                "plannedEnd", Stack.today().plusMonths(25).toString())).post("/api/rotation/postings");
    }
}
