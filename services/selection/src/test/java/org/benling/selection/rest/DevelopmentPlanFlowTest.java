package org.benling.selection.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.benling.selection.rest.PoolFlowTest.POOLS;
import static org.benling.selection.rest.PoolFlowTest.decide;
import static org.benling.selection.rest.PoolFlowTest.hr;
import static org.benling.selection.rest.PoolFlowTest.nominate;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.assessment.ReviewFinalized;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.contracts.rotation.PostingStarted;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.contracts.selection.DevelopmentTaskChanged;
import org.benling.contracts.selection.SelectionEvents;
import org.benling.contracts.training.TrainingCompleted;
import org.benling.contracts.training.TrainingEvents;
import org.benling.platform.supervision.CandidateStandings;
import org.benling.selection.TestRoster;
import org.benling.testing.Bureau;
import org.benling.testing.Events;
import org.benling.testing.KafkaBroker;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 培养计划: HR sets an admitted pool member training and a posting, each due by a day — refused for a nominee, for a
 * day already past or beyond five years —, withdraws one with a reason, and taking the member out of the pool
 * withdraws what is left; each change is announced without the pool or the note. A task is fulfilled by training in
 * its capability, or a posting started, since the day it was set (from training's and rotation's events).
 */
@QuarkusTest
class DevelopmentPlanFlowTest {

    @Inject TestRoster roster;
    @Inject CandidateStandings standings;

    @BeforeEach
    void loadRoster() {
        roster.load();
    }

    @Test
    void aMembersPlanSetsTrainingAndPostingsWithTheirDueDaysAndLeavingThePoolWithdrawsWhatIsLeft() {
        String pool = PoolFlowTest.pool();
        UUID cadre = gradedCadre();
        String member = nominate(hr(), pool, cadre).statusCode(201).extract().path("id");
        String plan = POOLS + "/" + pool + "/members/" + member + "/development";
        assign(plan, "TRAINING", TestClock.today().plusMonths(6)).statusCode(409).body("type", endsWith("invalid-transition"));
        decide(pool, member, "admission", Map.of()).statusCode(200);

        assign(plan, "TRAINING", TestClock.today()).statusCode(400).body("violations[0].field", endsWith("dueOn"));
        assign(plan, "POSTING", TestClock.today().plusYears(6)).statusCode(400).body("violations[0].field", equalTo("dueOn"));
        given().auth().oauth2(Logins.inspectorGuangdong()).contentType(ContentType.JSON).body(Map.of("kind", "TRAINING",
                "capability", "MASS_WORK", "dueOn", TestClock.today().plusMonths(6).toString())).post(plan).then()
                .statusCode(403);

        KafkaCompanion kafka = KafkaBroker.shared().companion();
        ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics("selection.appointments");
        String training;
        try (kafka) {
            training = assign(plan, "TRAINING", TestClock.today().plusMonths(6)).statusCode(201)
                    .body("status", equalTo("ASSIGNED")).body("assignedBy", equalTo("hr-guangdong"))
                    .body("note", equalTo("补齐群众工作短板")).body("overdue", equalTo(false)).extract().path("id");
            assign(plan, "POSTING", TestClock.today().plusYears(2)).statusCode(201);
            int version = given().auth().oauth2(hr()).get(plan + "/" + training).then().statusCode(200).extract().path("version");
            given().auth().oauth2(hr()).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                    .body(Map.of("reason", "已参加同类培训")).post(plan + "/" + training + "/withdrawal").then().statusCode(200)
                    .body("status", equalTo("WITHDRAWN")).body("withdrawalReason", equalTo("已参加同类培训"))
                    .body("withdrawnBy", equalTo("hr-guangdong"));
            decide(pool, member, "exit", Map.of("reason", "提拔任职，出库")).statusCode(200);
            await().atMost(Duration.ofSeconds(60)).until(() -> changes(records, cadre).size() == 4);
        }
        List<DevelopmentTaskChanged> changes = changes(records, cadre);
        assertEquals(List.of("TRAINING ASSIGNED", "POSTING ASSIGNED", "TRAINING WITHDRAWN", "POSTING WITHDRAWN"),
                changes.stream().map(c -> c.kind() + " " + c.status()).toList());
        assertEquals(Capability.MASS_WORK, changes.get(0).capability());
        assertEquals(TestClock.today().plusMonths(6), changes.get(0).dueOn());

        // the plan as HR and a leader read it: the posting withdrawn with the exit's reason, in due order
        given().auth().oauth2(Logins.leader()).get(plan).then().statusCode(200)
                .body("items.kind", equalTo(List.of("TRAINING", "POSTING")))
                .body("items.status", equalTo(List.of("WITHDRAWN", "WITHDRAWN")))
                .body("items[1].withdrawalReason", equalTo("提拔任职，出库"));
        given().auth().oauth2(Logins.hrBeijing()).get(plan).then().statusCode(404);
    }

    @Test
    void aTaskIsFulfilledByTrainingInItsCapabilityOrAPostingStartedSinceItWasSet() {
        String pool = PoolFlowTest.pool();
        UUID cadre = gradedCadre();
        String member = nominate(hr(), pool, cadre).statusCode(201).extract().path("id");
        decide(pool, member, "admission", Map.of()).statusCode(200);
        String plan = POOLS + "/" + pool + "/members/" + member + "/development";
        String training = assign(plan, "TRAINING", TestClock.today().plusMonths(6)).statusCode(201)
                .body("fulfilledOn", nullValue()).extract().path("id");
        String posting = assign(plan, "POSTING", TestClock.today().plusYears(1)).statusCode(201).extract().path("id");

        // training in another capability does not fulfil it; a course in 群众工作本领 today does
        trained(cadre, Capability.RISK_MANAGEMENT);
        trained(cadre, Capability.MASS_WORK);
        UUID id = UUID.randomUUID();
        Events.send("rotation.postings", cadre, Events.json(RotationEvents.POSTING_STARTED, cadre, new PostingStarted(id,
                cadre, PostingType.TEMPORARY_POST, "贵州省遵义市", TestClock.today(), TestClock.today().plusYears(1))));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(hr()).get(plan).then().extract().jsonPath()
                .getList("items.fulfilledOn").stream().allMatch(day -> day != null));
        given().auth().oauth2(hr()).get(plan + "/" + training).then().statusCode(200)
                .body("fulfilledOn", equalTo(TestClock.today().toString())).body("overdue", equalTo(false));
        given().auth().oauth2(hr()).get(plan + "/" + posting).then().body("fulfilledOn", equalTo(TestClock.today().toString()));
    }

    private static void trained(UUID cadre, Capability capability) {
        Events.send("training.records", cadre, Events.json(TrainingEvents.TRAINING_COMPLETED, cadre, new TrainingCompleted(
                UUID.randomUUID(), cadre, null, "专题培训", TrainingCompleted.Source.CLASS, java.util.Set.of(capability),
                new java.math.BigDecimal("16"), false, TestClock.today())));
    }

    /** A 正科 of Guangzhou, 36, rated 称职 last year: one the pool's rules admit. */
    private UUID gradedCadre() {
        UUID cadre = roster.freshCadre(Bureau.GUANGZHOU, RankLevel.SECTION_PRINCIPAL, TestClock.today().minusYears(36));
        QuarkusTransaction.requiringNew().run(() -> standings.recordGrade(new ReviewFinalized(UUID.randomUUID(), cadre,
                Bureau.GUANGZHOU, TestClock.today().getYear() - 1, Grade.COMPETENT)));
        return cadre;
    }

    private static ValidatableResponse assign(String plan, String kind, java.time.LocalDate dueOn) {
        return given().auth().oauth2(hr()).contentType(ContentType.JSON).body(Map.of("kind", kind, "capability",
                "MASS_WORK", "dueOn", dueOn.toString(), "note", "补齐群众工作短板")).post(plan).then();
    }

    private static List<DevelopmentTaskChanged> changes(ConsumerTask<String, String> records, UUID cadre) {
        return records.getRecords().stream().filter(r -> cadre.toString().equals(r.key())).map(r -> EventJson.read(r.value()))
                .filter(e -> e.type().equals(SelectionEvents.DEVELOPMENT_TASK_CHANGED.type()))
                .map(e -> EventJson.data(e, SelectionEvents.DEVELOPMENT_TASK_CHANGED)).toList();
    }
}
