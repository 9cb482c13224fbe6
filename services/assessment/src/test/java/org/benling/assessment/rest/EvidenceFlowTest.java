package org.benling.assessment.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.benling.assessment.TestRoster;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.AssessmentEvents;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.events.EventSchemas;
import org.benling.contracts.events.EventType;
import org.benling.contracts.personnel.CadreProfile;
import org.benling.contracts.personnel.CadreRegistered;
import org.benling.contracts.personnel.Gender;
import org.benling.contracts.personnel.PersonnelEvents;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.inspection.FindingRecorded;
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.contracts.inspection.MeasureApplied;
import org.benling.contracts.inspection.MeasureAppliedV1;
import org.benling.contracts.inspection.MeasureLifted;
import org.benling.contracts.rotation.PostingApproved;
import org.benling.contracts.rotation.PostingCompleted;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.supervision.MeasureFamily;
import org.benling.contracts.supervision.MeasureType;
import org.benling.contracts.training.TrainingCompleted;
import org.benling.contracts.training.TrainingEvents;
import org.benling.testing.Events;
import org.benling.testing.KafkaBroker;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvidenceFlowTest {

    @Inject TestRoster roster;

    KafkaCompanion kafka;

    @BeforeEach
    void setUp() {
        kafka = KafkaBroker.shared().companion();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void trainingHoursRaiseTheCapabilityOnceEvenWhenTheEventIsDeliveredTwice() {
        TestRoster.Unit unit = roster.unit("E01", RankLevel.DIVISION_DEPUTY);
        UUID cadre = unit.cadre(1);
        String json = EventJson.write(event(TrainingEvents.TRAINING_COMPLETED, cadre, new TrainingCompleted(UUID.randomUUID(),
                cadre, UUID.randomUUID(), "防范化解重大风险专题班", TrainingCompleted.Source.CLASS,
                Set.of(Capability.RISK_MANAGEMENT), new BigDecimal("16.00"), false, TestClock.today().minusDays(3))));
        var dlq = kafka.consumeStrings().fromTopics("training.records.dlq");
        Events.send("training.records", cadre, json);
        Events.send("training.records", cadre, json);
        String marker = Events.sendMarker("training.records", cadre.toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> dlq.getRecords().stream().anyMatch(r -> r.value().equals(marker)));
        assertTrue(dlq.getRecords().stream().noneMatch(r -> r.value().equals(json)), "a duplicate is acknowledged, not dead-lettered");
        dlq.stop();
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/profiles/" + cadre).then().statusCode(200)
                .body("capabilities.find { it.capability == 'RISK_MANAGEMENT' }.score", equalTo(68))
                .body("capabilities.find { it.capability == 'RISK_MANAGEMENT' }.components[1].source", equalTo("TRAINING"))
                .body("capabilities.find { it.capability == 'RISK_MANAGEMENT' }.components[1].detail", containsString("16 学时"))
                .body("capabilities.find { it.capability == 'LEARNING' }.score", equalTo(60));
    }

    /** A burst about several cadres, each record in it once: every profile counts all of its cadre's hours. */
    @Test
    void aBurstOfRecordsAboutSeveralCadresCountsEveryRecordOfEachOnce() {
        TestRoster.Unit unit = roster.unit("E07", RankLevel.DIVISION_DEPUTY);
        List<UUID> cadres = List.of(unit.cadre(1), unit.cadre(2), unit.cadre(3));
        for (int round = 0; round < 4; round++) {
            for (UUID cadre : cadres) {
                Events.send("training.records", cadre, EventJson.write(event(TrainingEvents.TRAINING_COMPLETED, cadre,
                        new TrainingCompleted(UUID.randomUUID(), cadre, UUID.randomUUID(), "风险防控第 " + (round + 1) + " 讲",
                                TrainingCompleted.Source.CLASS, Set.of(Capability.RISK_MANAGEMENT), new BigDecimal("4.00"),
                                false, TestClock.today().minusDays(3 + round)))));
            }
        }
        for (UUID cadre : cadres) {
            // four records of 4 学时: as one of 16
            await().atMost(Duration.ofSeconds(60)).until(() -> score(cadre, "RISK_MANAGEMENT") == 68);
            given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/profiles/" + cadre).then().statusCode(200)
                    .body("computed", equalTo(true))
                    .body("capabilities.find { it.capability == 'RISK_MANAGEMENT' }.components[1].detail", containsString("16 学时"));
        }
    }

    @Test
    void aCompletedPostingCountsForTheCapabilitiesItExercised() {
        TestRoster.Unit unit = roster.unit("E02", RankLevel.DIVISION_DEPUTY);
        UUID cadre = unit.cadre(1);
        String json = EventJson.write(event(RotationEvents.POSTING_COMPLETED, cadre, new PostingCompleted(
                UUID.randomUUID(), cadre, PostingApproved.PostingType.POVERTY_ALLEVIATION, TestClock.today().minusDays(10),
                PostingCompleted.Evaluation.EXCELLENT, Set.of(Capability.MASS_WORK, Capability.IMPLEMENTATION), "驻村两年")));
        var dlq = kafka.consumeStrings().fromTopics("rotation.postings.dlq");
        Events.send("rotation.postings", cadre, json);
        Events.send("rotation.postings", cadre, json);
        String marker = Events.sendMarker("rotation.postings", cadre.toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> dlq.getRecords().stream().anyMatch(r -> r.value().equals(marker)));
        assertTrue(dlq.getRecords().stream().noneMatch(r -> r.value().equals(json)), "a duplicate is acknowledged, not dead-lettered");
        dlq.stop();
        assertEquals(70, score(cadre, "MASS_WORK"), "counted once");
        assertEquals(70, score(cadre, "IMPLEMENTATION"));
        assertEquals(60, score(cadre, "LEARNING"));
    }

    @Test
    void aFindingBelowTheThresholdOpensAGapAndTrainingThatRecoversItClosesIt() {
        TestRoster.Unit unit = roster.unit("E03", RankLevel.DIVISION_DEPUTY);
        UUID cadre = unit.cadre(1);
        var results = kafka.consumeStrings().fromTopics("assessment.results");
        Events.send("inspection.supervision", cadre, EventJson.write(event(InspectionEvents.FINDING_RECORDED, cadre,
                new FindingRecorded(UUID.randomUUID(), UUID.randomUUID(), unit.id(), List.of(cadre), "安全生产监管不到位",
                        FindingRecorded.Severity.SERIOUS, Capability.RISK_MANAGEMENT, TestClock.today().plusMonths(2)))));
        await().atMost(Duration.ofSeconds(60)).until(() -> score(cadre, "RISK_MANAGEMENT") == 54);
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/gaps?status=OPEN&unitId=" + unit.id()).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].capability", equalTo("RISK_MANAGEMENT"))
                .body("items[0].reason", equalTo("BELOW_THRESHOLD")).body("items[0].score", equalTo(54))
                .body("items[0].name", equalTo("干部E03-1"));
        given().auth().oauth2(Logins.hrBeijing()).get("/api/assessment/gaps?unitId=" + unit.id()).then()
                .statusCode(200).body("total", equalTo(0));

        // some training, not yet enough: the gap stays open and says the score it has now
        Events.send("training.records", cadre, EventJson.write(event(TrainingEvents.TRAINING_COMPLETED, cadre, new TrainingCompleted(
                UUID.randomUUID(), cadre, null, "应急管理基础", TrainingCompleted.Source.EXTERNAL,
                Set.of(Capability.RISK_MANAGEMENT), new BigDecimal("4"), false, TestClock.today()))));
        await().atMost(Duration.ofSeconds(60)).until(() -> score(cadre, "RISK_MANAGEMENT") == 56);
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/gaps?status=OPEN&unitId=" + unit.id()).then()
                .body("total", equalTo(1)).body("items[0].score", equalTo(56))
                .body("items[0].explanation", org.hamcrest.Matchers.startsWith("得分 56 低于阈值 60"));

        Events.send("training.records", cadre, EventJson.write(event(TrainingEvents.TRAINING_COMPLETED, cadre, new TrainingCompleted(
                UUID.randomUUID(), cadre, null, "应急管理能力提升", TrainingCompleted.Source.EXTERNAL,
                Set.of(Capability.RISK_MANAGEMENT), new BigDecimal("8"), false, TestClock.today()))));
        await().atMost(Duration.ofSeconds(60)).until(() -> score(cadre, "RISK_MANAGEMENT") == 60);
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/gaps?unitId=" + unit.id()).then()
                .body("items[0].status", equalTo("CLOSED")).body("items[0].closedScore", equalTo(60));

        await().atMost(Duration.ofSeconds(60)).until(() -> results.getRecords().stream()
                .anyMatch(r -> r.key().equals(cadre.toString()) && r.value().contains(AssessmentEvents.GAP_CLOSED.type())));
        results.stop();
        var mine = results.getRecords().stream().filter(r -> r.key().equals(cadre.toString())).toList();
        assertTrue(mine.stream().anyMatch(r -> r.value().contains(AssessmentEvents.CAPABILITY_GAP_IDENTIFIED.type())
                && r.value().contains("\"score\":54")), "gap identified with its score");
        mine.forEach(r -> assertEquals(List.of(), EventSchemas.violations(r.value())));
        // each change of the profile announced with the scores (selection weighs them): 54, 56, 60 in turn
        List<Integer> risk = mine.stream().map(r -> EventJson.read(r.value()))
                .filter(e -> e.type().equals(AssessmentEvents.CAPABILITY_PROFILE_CHANGED.type()))
                .map(e -> EventJson.data(e, AssessmentEvents.CAPABILITY_PROFILE_CHANGED).scores().get(Capability.RISK_MANAGEMENT))
                .toList();
        assertTrue(risk.size() >= 3, risk.toString());
        assertEquals(List.of(54, 56, 60), risk.subList(risk.size() - 3, risk.size()));
    }

    @Test
    void aMeasureBlocksExcellentAndEligibilityUntilItIsRevoked() {
        TestRoster.Unit unit = roster.unit("E04", RankLevel.DIVISION_DEPUTY);
        UUID cadre = unit.cadre(1);
        UUID measure = UUID.randomUUID();
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/eligibility/" + cadre).then().statusCode(200)
                .body("eligible", equalTo(true));
        Events.send("inspection.supervision", cadre, EventJson.write(event(InspectionEvents.MEASURE_APPLIED, cadre,
                new MeasureApplied(measure, cadre, MeasureType.ADMONISHMENT, MeasureFamily.ADMONISHMENT, 2, "诫勉",
                        TestClock.today().minusDays(1), "6", TestClock.today().minusDays(1).plusMonths(6).minusDays(1),
                        List.of(AnnualEffect.NO_EXCELLENT), null))));
        await().atMost(Duration.ofSeconds(60)).until(() -> !given().auth().oauth2(Logins.hrGuangdong())
                .get("/api/assessment/eligibility/" + cadre).then().extract().<Boolean>path("eligible"));
        given().auth().oauth2(TestRoster.cadre(unit, 1)).get("/api/assessment/eligibility/" + cadre).then().statusCode(200)
                .body("reasons.code", hasItem("MEASURE_IN_INFLUENCE"));
        given().auth().oauth2(TestRoster.cadre(unit, 2)).get("/api/assessment/eligibility/" + cadre).then().statusCode(404);

        int year = TestClock.today().getYear();
        String cycle = Api.openCycle(unit, year);
        String review = Api.reviews(cycle).get(cadre.toString());
        Api.rate(cycle, review, "EXCELLENT", 90).then().statusCode(422)
                .body("type", containsString("excellent-blocked-by-measure")).body("detail", containsString("不得评为优秀"))
                .body("detail", not(containsString("诫勉")))
                .body("violations[0].code", equalTo("review.excellent-blocked"));
        // HR reads the effect, never the measure
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/cycles/" + cycle + "/reviews?q=E04-01").then()
                .body("items[0].excellentBlockedBy", containsString("不得评为优秀"))
                .body("items[0].supervision.effect", equalTo("NO_EXCELLENT"))
                .body("items[0].excellentBlockedBy", not(containsString("诫勉")));
        // in the reader's language, with the reason's code for clients that word it themselves
        given().auth().oauth2(Logins.hrGuangdong()).header("Accept-Language", "en")
                .get("/api/assessment/cycles/" + cycle + "/reviews?q=E04-01").then()
                .body("items[0].supervision.note", equalTo("under a supervision measure: " + year + " cannot be graded excellent"));
        given().auth().oauth2(Logins.hrGuangdong()).header("Accept-Language", "en").get("/api/assessment/eligibility/" + cadre)
                .then().body("reasons[0].message", org.hamcrest.Matchers.startsWith("under a supervision measure's influence until "));

        Events.send("inspection.supervision", cadre, EventJson.write(event(InspectionEvents.MEASURE_LIFTED, cadre,
                new MeasureLifted(measure, cadre, TestClock.today(), "REVOKED"))));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(Logins.hrGuangdong())
                .get("/api/assessment/eligibility/" + cadre).then().extract().<Boolean>path("eligible"));
        Api.rate(cycle, review, "EXCELLENT", 90).then().statusCode(200).body("excellentBlockedBy", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void unknownAndMalformedEventsGoToTheDeadLetterTopicADuplicateDoesNotAndTheConsumerGoesOn() {
        TestRoster.Unit unit = roster.unit("E05", RankLevel.DIVISION_DEPUTY);
        UUID cadre = unit.cadre(1);
        var dlq = kafka.consumeStrings().fromTopics("inspection.supervision.dlq");
        Events.send("inspection.supervision", cadre, "{ not json");
        Events.send("inspection.supervision", cadre, """
                {"specversion":"1.0","id":"%s","source":"/x","type":"org.benling.inspection.Unknown.v1","data":{}}"""
                .formatted(UUID.randomUUID()));
        // a version-1 event, still accepted while producers change over
        String measure = EventJson.write(event(InspectionEvents.MEASURE_APPLIED_V1, cadre,
                new MeasureAppliedV1(UUID.randomUUID(), cadre, 1, "谈话提醒", TestClock.today(), TestClock.today().plusMonths(3))));
        Events.send("inspection.supervision", cadre, measure);
        Events.send("inspection.supervision", cadre, measure);
        String marker = Events.sendMarker("inspection.supervision", cadre.toString());
        // this cadre's dead letters only (the topic holds other tests' too)
        await().atMost(Duration.ofSeconds(60)).until(() -> dlq.getRecords().stream().anyMatch(r -> r.value().equals(marker)));
        await().atMost(Duration.ofSeconds(60)).until(() -> score(cadre, "POLITICAL_LEADERSHIP") == 55);
        var reasons = dlq.getRecords().stream().filter(r -> cadre.toString().equals(r.key()))
                .map(EvidenceFlowTest::reason).toList();
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("MALFORMED")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("FOREIGN_SOURCE")), reasons.toString());
        // the malformed record, the unknown type from a stranger and the marker: the measure delivered twice is applied once, not refused
        assertEquals(3, reasons.size(), reasons.toString());
        dlq.stop();
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/profiles/" + cadre).then()
                .body("capabilities.find { it.capability == 'POLITICAL_LEADERSHIP' }.components[1].source", equalTo("MEASURE"));
    }

    @Test
    void aCadreRegisteredInPersonnelHasAProfileAndEligibility() {
        UUID cadre = UUID.randomUUID();
        TestRoster.Unit unit = roster.unit("E06", RankLevel.DIVISION_DEPUTY);
        Events.send("personnel.cadres", cadre, EventJson.write(event(PersonnelEvents.CADRE_REGISTERED, cadre, new CadreRegistered(
                new CadreProfile(cadre, "E06-99", "新到任干部", Gender.MALE, LocalDate.of(1990, 1, 1), unit.id(), "副处长",
                        RankLevel.DIVISION_DEPUTY, null, null, Set.of(), null, null, CadreProfile.CadreStatus.ACTIVE)))));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(Logins.hrGuangdong())
                .get("/api/assessment/profiles/" + cadre).statusCode() == 200);
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/profiles/" + cadre).then()
                .body("name", equalTo("新到任干部")).body("computed", equalTo(false))
                .body("capabilities.size()", equalTo(8)).body("capabilities[0].components[0].source", equalTo("UNRATED"));
        given().auth().oauth2(Logins.hrBeijing()).get("/api/assessment/profiles/" + cadre).then().statusCode(404);
        given().auth().oauth2(Logins.hrGuangdong()).get("/api/assessment/eligibility/" + cadre).then()
                .body("eligible", equalTo(true)).body("reasons.size()", equalTo(0));
    }

    private int score(UUID cadre, String capability) {
        return given().auth().oauth2(Logins.admin()).get("/api/assessment/profiles/" + cadre).then().statusCode(200)
                .extract().path("capabilities.find { it.capability == '" + capability + "' }.score");
    }

    private static <T> org.benling.contracts.events.CloudEvent event(EventType<T> type, UUID cadre, T data) {
        return EventJson.envelope(type, org.benling.testing.Events.ownerOf(type), cadre.toString(), TestClock.offsetNow(), data);
    }

    private static String reason(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> r) {
        var header = r.headers().lastHeader("dead-letter-reason");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
