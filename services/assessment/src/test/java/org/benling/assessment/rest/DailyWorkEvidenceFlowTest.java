package org.benling.assessment.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.benling.assessment.TestRoster;
import org.benling.contracts.Capability;
import org.benling.contracts.rotation.GrassrootsVisitRecorded;
import org.benling.contracts.rotation.ResearchReportFiled;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.contracts.training.StudySessionRecorded;
import org.benling.contracts.training.TrainingEvents;
import org.benling.testing.Events;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The leaders' daily work reaches the capability profile through the owners' events, each with its explanation line:
 * a study session of the leadership team (training), visits to the grassroots contact point and a research report
 * with its adoption (rotation). A corrected session that drops an attendee takes the line away again.
 */
@QuarkusTest
class DailyWorkEvidenceFlowTest {

    @Inject TestRoster roster;

    @Test
    void studyVisitsAndResearchEachAddTheirLineAndACorrectionTakesADroppedAttendeesAway() {
        TestRoster.Unit unit = roster.unit("D01");
        UUID leader = unit.cadre(1);
        UUID deputy = unit.cadre(2);
        UUID session = UUID.randomUUID();
        Events.send("training.records", unit.id(), Events.json(TrainingEvents.STUDY_SESSION_RECORDED, unit.id(),
                new StudySessionRecorded(session, unit.id(), "学习贯彻全会精神", TestClock.today().minusDays(5),
                        new BigDecimal("3"), Set.of(Capability.LEARNING), List.of(leader, deputy))));
        UUID point = UUID.randomUUID();
        for (int solved : new int[] {2, 1}) {
            Events.send("rotation.postings", leader, Events.json(RotationEvents.GRASSROOTS_VISIT_RECORDED, leader,
                    new GrassrootsVisitRecorded(UUID.randomUUID(), point, leader, "某县快递物流园区",
                            TestClock.today().minusDays(solved), solved)));
        }
        UUID report = UUID.randomUUID();
        Events.send("rotation.postings", leader, Events.json(RotationEvents.RESEARCH_REPORT_FILED, leader,
                new ResearchReportFiled(report, leader, "农村寄递物流调研", Set.of(Capability.SCIENTIFIC_DEVELOPMENT),
                        TestClock.today().minusDays(20), false)));
        Events.send("rotation.postings", leader, Events.json(RotationEvents.RESEARCH_REPORT_FILED, leader,
                new ResearchReportFiled(report, leader, "农村寄递物流调研", Set.of(Capability.SCIENTIFIC_DEVELOPMENT),
                        TestClock.today().minusDays(20), true)));

        await().atMost(Duration.ofSeconds(60)).until(() -> score(leader, "SCIENTIFIC_DEVELOPMENT") == 65
                && score(leader, "MASS_WORK") == 65 && score(deputy, "LEARNING") == 61);
        given().auth().oauth2(Logins.hrGuangdong()).header("Accept-Language", "zh-CN")
                .get("/api/assessment/profiles/" + leader).then().statusCode(200)
                .body("capabilities.find { it.capability == 'LEARNING' }.score", equalTo(61))
                .body("capabilities.find { it.capability == 'LEARNING' }.components.find { it.source == 'STUDY' }.detail",
                        containsString("理论学习中心组学习 1 次"))
                .body("capabilities.find { it.capability == 'MASS_WORK' }.components.find { it.source == 'VISIT' }.detail",
                        containsString("走访 2 次，解决问题 3 个"))
                .body("capabilities.find { it.capability == 'SCIENTIFIC_DEVELOPMENT' }.components.find { it.source == 'RESEARCH' }.points",
                        equalTo(5));

        // the session corrected: the deputy did not attend after all
        Events.send("training.records", unit.id(), Events.json(TrainingEvents.STUDY_SESSION_RECORDED, unit.id(),
                new StudySessionRecorded(session, unit.id(), "学习贯彻全会精神", TestClock.today().minusDays(5),
                        new BigDecimal("3"), Set.of(Capability.LEARNING), List.of(leader))));
        await().atMost(Duration.ofSeconds(60)).until(() -> score(deputy, "LEARNING") == 60);
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/profiles/" + leader).then()
                .body("capabilities.find { it.capability == 'LEARNING' }.score", equalTo(61));
    }

    private static int score(UUID cadre, String capability) {
        return given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/profiles/" + cadre).then().statusCode(200)
                .extract().path("capabilities.find { it.capability == '" + capability + "' }.score");
    }
}
