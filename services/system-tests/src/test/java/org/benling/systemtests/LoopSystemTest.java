package org.benling.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The loop of DOMAIN.md across the running services: personnel registers cadres in a new unit, training
 * completes a class, assessment's profile shows it; assessment finds a gap, training proposes a course.
 * Every run makes its own unit and cadres, so it can run again on the same database.
 */
class LoopSystemTest {

    static final String HR = Stack.HR;
    static final Duration WITHIN = Stack.WITHIN;

    static Stack.Fixture fixture;
    static String stamp;
    static String unitId;
    static List<String> cadres;

    @BeforeAll
    static void aNewUnitWithThreeCadres() {
        fixture = Stack.newUnit("L", 3);
        stamp = fixture.stamp();
        unitId = fixture.unitId();
        cadres = fixture.cadres();
    }

    @Test
    void aClassCompletedThroughTheTrainingApiShowsUpInTheAssessmentProfileWithinSeconds() {
        String cadre = cadres.get(0);
        int before = score(cadre, "SCIENTIFIC_DEVELOPMENT");
        String course = Stack.as(HR).body(Map.of("code", "ST-" + stamp, "title", "系统测试：高质量发展专题班",
                "kind", "SPECIAL_TOPIC", "capabilities", List.of("SCIENTIFIC_DEVELOPMENT"), "creditHours", "20",
                "offJobDays", 3)).post("/api/training/courses").then().statusCode(201).extract().path("id");
        LocalDate today = Stack.today();
        String trainingClass = Stack.as(HR).body(Map.of("courseId", course, "unitId", unitId,
                "startDate", today.minusDays(4).toString(), "endDate", today.minusDays(2).toString(), "capacity", 10,
                "venue", "广州")).post("/api/training/classes").then().statusCode(201).extract().path("id");
        String enrolment = Stack.as(HR).body(Map.of("cadreIds", List.of(cadre)))
                .post("/api/training/classes/" + trainingClass + "/enrolments").then().statusCode(200)
                .extract().path("[0].id");
        Stack.as(HR).body(Map.of("day", today.minusDays(3).toString(), "entries",
                List.of(Map.of("enrolmentId", enrolment, "present", true, "leaveHours", 0))))
                .put("/api/training/classes/" + trainingClass + "/attendance").then().statusCode(200);
        long completed = System.nanoTime();
        Stack.as(HR).body(Map.of()).post("/api/training/classes/" + trainingClass + "/completion").then().statusCode(200)
                .body("[0].status", equalTo("COMPLETED"));

        await().atMost(WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> score(cadre, "SCIENTIFIC_DEVELOPMENT") == before + 10);
        System.out.printf("training completion → assessment profile: %d ms%n", (System.nanoTime() - completed) / 1_000_000);
        Stack.as(HR).get("/api/assessment/profiles/" + cadre).then()
                .body("capabilities.find { it.capability == 'SCIENTIFIC_DEVELOPMENT' }.components.source", hasItem("TRAINING"))
                .body("capabilities.find { it.capability == 'SCIENTIFIC_DEVELOPMENT' }.components.find { it.source == 'TRAINING' }.points",
                        equalTo(10));
    }

    @Test
    void aGapIdentifiedInAssessmentAppearsAsACourseProposalInTraining() {
        String weak = cadres.get(1);
        String cycle = Stack.as(HR).body(Map.of("unitId", unitId, "year", Stack.today().getYear()))
                .post("/api/assessment/cycles").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> reviews = Stack.as(HR).get("/api/assessment/cycles/" + cycle + "/reviews").then()
                .statusCode(200).body("total", equalTo(3)).extract().path("items");
        for (Map<String, Object> review : reviews) {
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (String capability : List.of("LEARNING", "POLITICAL_LEADERSHIP", "REFORM_INNOVATION",
                    "SCIENTIFIC_DEVELOPMENT", "LAW_BASED_GOVERNANCE", "MASS_WORK", "IMPLEMENTATION", "RISK_MANAGEMENT")) {
                scores.put(capability, review.get("cadreId").equals(weak) && capability.equals("RISK_MANAGEMENT") ? 40 : 78);
            }
            Stack.as(HR).body(Map.of("superiorGrade", "COMPETENT", "performanceScore", 80, "styleScore", 80,
                    "conductScore", 80, "capabilityScores", scores, "proposedGrade", "COMPETENT", "version", review.get("version")))
                    .put("/api/assessment/cycles/" + cycle + "/reviews/" + review.get("id")).then().statusCode(200);
        }
        long finalised = System.nanoTime();
        Stack.as(HR).body(Map.of()).post("/api/assessment/cycles/" + cycle + "/finalize").then().statusCode(200)
                .body("status", equalTo("FINALIZED"));
        Stack.as(HR).get("/api/assessment/gaps?cadreId=" + weak).then().statusCode(200)
                .body("items.capability", hasItem("RISK_MANAGEMENT"));

        await().atMost(WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> Stack.as(HR)
                .get("/api/training/proposals/cadres/" + weak).then().statusCode(200).extract()
                .<List<String>>path("findAll { it.reason == 'CAPABILITY_GAP' }.capability").contains("RISK_MANAGEMENT"));
        System.out.printf("assessment gap → training proposal: %d ms%n", (System.nanoTime() - finalised) / 1_000_000);
    }

    private static int score(String cadre, String capability) {
        return Stack.score(cadre, capability);
    }
}
