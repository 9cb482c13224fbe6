package org.benling.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rotation in the loop: a leader's approval makes training propose pre-posting training; the host's closing
 * evaluation raises the cadre's assessment profile in the capabilities the posting exercised.
 */
class RotationSystemTest {

    static Stack.Fixture fixture;
    static String sichuan;

    @BeforeAll
    static void aNewUnitWithTwoCadres() {
        fixture = Stack.newUnit("R", 2);
        sichuan = Stack.as("admin").get("/api/units").then().statusCode(200)
                .extract().path("[0].children.find { it.code == '510000' }.id");
    }

    static String approvedPosting(String cadre) {
        String posting = Stack.as(Stack.HR).body(Map.of("cadreId", cadre, "type", "POVERTY_ALLEVIATION",
                "hostUnitId", sichuan, "plannedStart", Stack.today().plusMonths(1).toString(),
                "plannedEnd", Stack.today().plusMonths(25).toString(), "purpose", "系统测试：乡村振兴挂职"))
                .post("/api/rotation/postings").then().statusCode(201).extract().path("id");
        Stack.as("leader").body(Map.of()).post("/api/rotation/postings/" + posting + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        return posting;
    }

    @Test
    void anApprovedPostingShowsAPrePostingTrainingProposal() {
        String cadre = fixture.cadres().get(0);
        long approved = System.nanoTime();
        approvedPosting(cadre);
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> Stack.as(Stack.HR)
                .get("/api/training/proposals/cadres/" + cadre).then().statusCode(200).extract()
                .<List<String>>path("reason").contains("PRE_POSTING"));
        System.out.printf("posting approved → training proposal: %d ms%n", (System.nanoTime() - approved) / 1_000_000);
    }

    @Test
    void aCompletedPostingRaisesTheProfileInTheCapabilitiesItExercised() {
        String cadre = fixture.cadres().get(1);
        int massWork = Stack.score(cadre, "MASS_WORK");
        int learning = Stack.score(cadre, "LEARNING");
        String posting = approvedPosting(cadre);
        Stack.as(Stack.HR).body(Map.of("startedOn", Stack.today().minusDays(1).toString()))
                .post("/api/rotation/postings/" + posting + "/start").then().statusCode(200);
        long completed = System.nanoTime();
        Stack.as(Stack.HR).body(Map.of("evaluation", "EXCELLENT", "capabilities", List.of("MASS_WORK"),
                "remarks", "系统测试：驻村工作成效显著")).post("/api/rotation/postings/" + posting + "/complete").then()
                .statusCode(200).body("status", equalTo("COMPLETED"));
        await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> Stack.score(cadre, "MASS_WORK") == massWork + 10);
        System.out.printf("posting completed → assessment profile: %d ms%n", (System.nanoTime() - completed) / 1_000_000);
        if (Stack.score(cadre, "LEARNING") != learning) {
            throw new AssertionError("a capability the posting did not exercise changed");
        }
    }
}
