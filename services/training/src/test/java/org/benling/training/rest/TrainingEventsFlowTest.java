package org.benling.training.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.AssessmentEvents;
import org.benling.contracts.assessment.CapabilityGapIdentified;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.events.EventSchemas;
import org.benling.contracts.personnel.CadreProfile;
import org.benling.contracts.personnel.CadreRegistered;
import org.benling.contracts.personnel.Gender;
import org.benling.contracts.personnel.PersonnelEvents;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.selection.DevelopmentTaskChanged;
import org.benling.contracts.selection.SelectionEvents;
import org.benling.contracts.training.TrainingCompleted;
import org.benling.contracts.training.TrainingEvents;
import org.benling.testing.Events;
import org.benling.testing.KafkaBroker;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.benling.training.TestRoster;
import org.benling.training.service.EarlyWarning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TrainingEventsFlowTest {

    static final String PROPOSALS = "/api/training/proposals/cadres/";

    @Inject TestRoster roster;
    @Inject EarlyWarning earlyWarning;

    KafkaCompanion kafka;

    @BeforeEach
    void setUp() {
        roster.load();
        kafka = KafkaBroker.shared().companion();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void theSameOnlineCompletionDeliveredTwiceCountsTheHoursOnce() {
        BigDecimal before = onlineHours(TestRoster.WANG);
        var completion = EventJson.envelope(TrainingEvents.TRAINING_COMPLETED, TrainingEvents.ONLINE_PLATFORM_SOURCE,
                TestRoster.WANG.toString(), TestClock.offsetNow(), new TrainingCompleted(UUID.randomUUID(), TestRoster.WANG, null,
                        "网络学习：党纪学习教育", TrainingCompleted.Source.ONLINE, Set.of(Capability.LEARNING),
                        new BigDecimal("6.50"), true, TestClock.today()));
        String json = EventJson.write(completion);
        var dlq = kafka.consumeStrings().fromTopics("training.online-completions.dlq");
        Events.send("training.online-completions", TestRoster.WANG.toString(), json);
        Events.send("training.online-completions", TestRoster.WANG.toString(), json);
        String marker = Events.sendMarker("training.online-completions", TestRoster.WANG.toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> dlq.getRecords().stream().anyMatch(r -> r.value().equals(marker)));
        assertTrue(dlq.getRecords().stream().noneMatch(r -> r.value().contains(completion.id().toString())),
                "the second delivery is acknowledged as a duplicate, not dead-lettered");
        assertEquals(before.add(new BigDecimal("6.50")), onlineHours(TestRoster.WANG));
        dlq.stop();
    }

    @Test
    void aCapabilityGapProposesTargetedCoursesOnceAndAMalformedEventGoesToTheDeadLetterTopic() {
        // the most 学时 of any course in the capability: it is among the few a gap proposes, whatever other tests added
        String courseId = ClassFlowTest.course("GAP-" + System.nanoTime() % 100000, "1999");
        var gap = EventJson.envelope(AssessmentEvents.CAPABILITY_GAP_IDENTIFIED, AssessmentEvents.SOURCE,
                TestRoster.LIN.toString(), TestClock.offsetNow(), new CapabilityGapIdentified(UUID.randomUUID(), TestRoster.LIN,
                        Capability.RISK_MANAGEMENT, 48, 60, 2026, "低于阈值"));
        var dlq = kafka.consumeStrings().fromTopics("assessment.results.dlq");
        Events.send("assessment.results", TestRoster.LIN.toString(), EventJson.write(gap));
        Events.send("assessment.results", TestRoster.LIN.toString(), EventJson.write(gap));
        String marker = Events.sendMarker("assessment.results", TestRoster.LIN.toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> dlq.getRecords().stream().anyMatch(r -> r.value().equals(marker)));
        List<String> proposed = given().auth().oauth2(TestRoster.lin()).get("/api/training/proposals/cadres/" + TestRoster.LIN)
                .then().statusCode(200).extract().path("findAll { it.reason == 'CAPABILITY_GAP' }.courseId");
        assertEquals(1, proposed.stream().filter(courseId::equals).count(), "proposed once: " + proposed);
        String reason = dlq.getRecords().stream().filter(r -> r.value().equals(marker)).findFirst()
                .map(r -> new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)).orElseThrow();
        assertTrue(reason.startsWith("MALFORMED"), reason);
        assertTrue(dlq.getRecords().stream().noneMatch(r -> r.value().contains(gap.id().toString())),
                "the gap delivered twice is applied once and never dead-lettered");
        String proposal = given().auth().oauth2(TestRoster.lin()).get("/api/training/proposals/cadres/" + TestRoster.LIN).then()
                .extract().path("find { it.courseId == '" + courseId + "' }.id");
        given().auth().oauth2(TestRoster.lin()).post("/api/training/proposals/" + proposal + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        // why, as a code with its parameters, and in the reader's language
        String find = "find { it.id == '" + proposal + "' }.";
        given().auth().oauth2(TestRoster.lin()).header("Accept-Language", "en-US,en;q=0.9")
                .get("/api/training/proposals/cadres/" + TestRoster.LIN).then().statusCode(200)
                .body(find + "detailCode", equalTo("proposal.CAPABILITY_GAP"))
                .body(find + "detailParams.score", equalTo("48")).body(find + "detailParams.threshold", equalTo("60"))
                .body(find + "detail", equalTo("risk management scored 48 (threshold 60)"));
        given().auth().oauth2(TestRoster.lin()).header("Accept-Language", "zh-CN")
                .get("/api/training/proposals/cadres/" + TestRoster.LIN).then().statusCode(200)
                .body(find + "detail", equalTo("驾驭风险本领得分 48（阈值 60）"));
        dlq.stop();
    }

    @Test
    void aDevelopmentPlansTrainingTaskProposesItsCoursesDueByItsDayAndItsWithdrawalTakesThemBack() {
        String courseId = ClassFlowTest.course("DEV-" + System.nanoTime() % 100000, "2000");
        UUID task = UUID.randomUUID();
        LocalDate due = TestClock.today().plusMonths(7);
        String cadre = TestRoster.LIN.toString();
        // the course builds 风险 (see ClassFlowTest.course): the task asks for that capability
        Events.send("selection.appointments", cadre, EventJson.write(EventJson.envelope(SelectionEvents.DEVELOPMENT_TASK_CHANGED,
                SelectionEvents.SOURCE, cadre, TestClock.offsetNow(), new DevelopmentTaskChanged(task, TestRoster.LIN,
                        DevelopmentTaskChanged.Kind.TRAINING, Capability.RISK_MANAGEMENT, due,
                        DevelopmentTaskChanged.Status.ASSIGNED))));
        String find = "find { it.courseId == '" + courseId + "' && it.reason == 'DEVELOPMENT_PLAN' }";
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(TestRoster.lin()).get(PROPOSALS + cadre)
                .then().extract().path(find) != null);
        given().auth().oauth2(TestRoster.lin()).header("Accept-Language", "zh-CN").get(PROPOSALS + cadre).then()
                .statusCode(200).body(find + ".dueOn", equalTo(due.toString())).body(find + ".status", equalTo("PROPOSED"))
                .body(find + ".detail", equalTo("组织培养安排：提升驾驭风险本领，" + due + " 前完成"));

        Events.send("selection.appointments", cadre, EventJson.write(EventJson.envelope(SelectionEvents.DEVELOPMENT_TASK_CHANGED,
                SelectionEvents.SOURCE, cadre, TestClock.offsetNow(), new DevelopmentTaskChanged(task, TestRoster.LIN,
                        DevelopmentTaskChanged.Kind.TRAINING, Capability.RISK_MANAGEMENT, due,
                        DevelopmentTaskChanged.Status.WITHDRAWN))));
        await().atMost(Duration.ofSeconds(60)).until(() -> "DISMISSED".equals(given().auth().oauth2(TestRoster.lin())
                .get(PROPOSALS + cadre).then().extract().path(find + ".status")));
        // a posting task is rotation's: training proposes nothing for it
        UUID posting = UUID.randomUUID();
        Events.send("selection.appointments", cadre, EventJson.write(EventJson.envelope(SelectionEvents.DEVELOPMENT_TASK_CHANGED,
                SelectionEvents.SOURCE, cadre, TestClock.offsetNow(), new DevelopmentTaskChanged(posting, TestRoster.LIN,
                        DevelopmentTaskChanged.Kind.POSTING, Capability.RISK_MANAGEMENT, due.plusDays(1),
                        DevelopmentTaskChanged.Status.ASSIGNED))));
        var dlq = kafka.consumeStrings().fromTopics("selection.appointments.dlq");
        String marker = Events.sendMarker("selection.appointments", cadre);
        await().atMost(Duration.ofSeconds(60)).until(() -> dlq.getRecords().stream().anyMatch(r -> r.value().equals(marker)));
        List<String> dues = given().auth().oauth2(TestRoster.lin()).get(PROPOSALS + cadre).then().extract()
                .path("findAll { it.reason == 'DEVELOPMENT_PLAN' }.dueOn");
        assertTrue(dues.stream().noneMatch(due.plusDays(1).toString()::equals), dues.toString());
        dlq.stop();
    }

    @Test
    void personnelEventsFillTheReadModel() {
        UUID cadre = UUID.randomUUID();
        var registered = EventJson.envelope(PersonnelEvents.CADRE_REGISTERED, PersonnelEvents.SOURCE, cadre.toString(),
                TestClock.offsetNow(), new CadreRegistered(new CadreProfile(cadre, "T9" + System.nanoTime() % 10000, "新干部",
                        Gender.MALE, LocalDate.of(1990, 1, 1), TestRoster.GUANGZHOU, "科员", RankLevel.SECTION_DEPUTY,
                        null, null, Set.of(), null, null, CadreProfile.CadreStatus.ACTIVE)));
        Events.send("personnel.cadres", cadre.toString(), EventJson.write(registered));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(Logins.hrGuangdong())
                .get("/api/training/compliance/cadres/" + cadre).statusCode() == 200);
    }

    @Test
    void theEarlyWarningRunReportsEachShortfallOnce() {
        int first = earlyWarning.run(TestClock.today());
        assertTrue(first > 0, "the test cadres have no hours yet");
        assertEquals(0, earlyWarning.run(TestClock.today()), "a second run repeats nothing");
        var task = kafka.consumeStrings().fromTopics("training.records");
        await().atMost(Duration.ofSeconds(60)).until(() -> task.getRecords().stream()
                .anyMatch(r -> r.value().contains(TrainingEvents.HOURS_SHORTFALL_DETECTED.type())
                        && r.key().equals(TestRoster.ZHOU.toString())));
        task.stop();
        task.getRecords().stream().filter(r -> r.value().contains(TrainingEvents.HOURS_SHORTFALL_DETECTED.type()))
                .forEach(r -> assertEquals(List.of(), EventSchemas.violations(r.value())));
    }

    @Test
    void aWarnedCadreWhoMeetsTheRequirementIsReportedOnce() {
        UUID cadre = roster.freshCadre();
        earlyWarning.run(TestClock.today());
        given().auth().oauth2(Logins.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("cadreId", cadre.toString(), "title", "年度专题培训", "capabilities", List.of("LEARNING"),
                        "hours", "120", "offJobDays", 15, "online", false, "completedOn", TestClock.today().toString(),
                        "provider", "省委党校", "evidence", "证书 " + UUID.randomUUID()))
                .post("/api/training/records").then().statusCode(201);
        earlyWarning.run(TestClock.today());
        earlyWarning.run(TestClock.today());

        var task = kafka.consumeStrings().fromTopics("training.records");
        await().atMost(Duration.ofSeconds(60)).until(() -> task.getRecords().stream()
                .anyMatch(r -> r.key().equals(cadre.toString()) && r.value().contains(TrainingEvents.HOURS_REQUIREMENT_MET.type())));
        task.stop();
        List<String> met = task.getRecords().stream().filter(r -> r.key().equals(cadre.toString())
                && r.value().contains(TrainingEvents.HOURS_REQUIREMENT_MET.type())).map(r -> r.value()).toList();
        assertEquals(1, met.stream().filter(v -> v.contains("\"requirement\":\"ANNUAL\"")).count(), met.toString());
        met.forEach(v -> assertEquals(List.of(), EventSchemas.violations(v)));
    }

    private BigDecimal onlineHours(UUID cadre) {
        float hours = given().auth().oauth2(Logins.admin()).get("/api/training/compliance/cadres/" + cadre).then()
                .statusCode(200).extract().path("totals.yearOnlineHours");
        return new BigDecimal(Float.toString(hours)).setScale(2);
    }
}
