package org.benling.training.service;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.events.EventSchemas;
import org.benling.contracts.training.TrainingCompleted;
import org.benling.contracts.training.TrainingEvents;
import org.benling.testing.KafkaBroker;
import org.benling.testing.Logins;
import org.benling.testing.TestClock;
import org.benling.training.TestRoster;
import org.benling.training.domain.TrainingRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Records entered in bulk are the records one at a time would have been: readable, counted towards compliance, in the
 * audit trail as an addition by who entered them, and announced on the topic each with its event.
 */
@QuarkusTest
@ExtendWith(TestClock.Release.class)
class RecordBatchTest {

    @Inject TestRoster roster;
    @Inject RecordBatch batch;

    @BeforeEach
    void loadRoster() {
        roster.load();
    }

    @Test
    void recordsEnteredTogetherAreReadAuditedCountedAndAnnouncedEachAsThoughEnteredAlone() {
        TestClock.pin(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(TestClock.BUREAU_ZONE));
        UUID unit = roster.freshUnit();
        UUID cadre = roster.freshCadre(unit);
        // the unit's standing is kept before the records come: they must invalidate it
        compliance(unit).body("items[0].totals.yearHours", equalTo(0.0f));
        TrainingRecord classroom = record(cadre, "党校进修班", Set.of(Capability.LEARNING, Capability.POLITICAL_LEADERSHIP),
                "90.00", false, 12, LocalDate.of(2026, 5, 20));
        TrainingRecord online = record(cadre, "网络专题培训", Set.of(), "12.50", true, 0, LocalDate.of(2026, 6, 1));
        KafkaCompanion kafka = KafkaBroker.shared().companion();
        var topic = kafka.consumeStrings().fromTopics("training.records");
        try {
            QuarkusTransaction.requiringNew().run(() -> batch.enterAll(List.of(classroom, online), "bulk-loader"));

            given().auth().oauth2(Logins.hrGuangdong()).queryParam("cadreId", cadre).get("/api/training/records")
                    .then().statusCode(200).body("total", equalTo(2))
                    .body("items.find { it.online }.hours", equalTo(12.5f))
                    .body("items.find { it.online }.capabilities.size()", equalTo(0))
                    .body("items.find { !it.online }.capabilities", containsInAnyOrder("LEARNING", "POLITICAL_LEADERSHIP"))
                    .body("items.find { !it.online }.offJobDays", equalTo(12))
                    .body("items.find { !it.online }.version", equalTo(0));
            given().auth().oauth2(Logins.hrGuangdong()).get("/api/training/records/" + classroom.id + "/audit")
                    .then().statusCode(200).body("size()", equalTo(1)).body("[0].actor", equalTo("bulk-loader"));
            compliance(unit).body("items[0].totals.yearHours", equalTo(102.5f))
                    .body("items[0].totals.yearOnlineHours", equalTo(12.5f));

            await().atMost(Duration.ofSeconds(60)).until(() -> events(topic, cadre).size() == 2);
            List<String> events = events(topic, cadre);
            events.forEach(e -> assertEquals(List.of(), EventSchemas.violations(e)));
            List<TrainingCompleted> completed = events.stream()
                    .map(e -> EventJson.data(EventJson.read(e), TrainingEvents.TRAINING_COMPLETED)).toList();
            assertEquals(List.of(classroom.id, online.id), completed.stream().map(TrainingCompleted::recordId).toList(),
                    "in list order");
            assertEquals(new BigDecimal("90.00"), completed.get(0).hours());
            assertEquals(Set.of(Capability.LEARNING, Capability.POLITICAL_LEADERSHIP), completed.get(0).capabilities());
        } finally {
            topic.stop();
            kafka.close();
        }
    }

    private static List<String> events(io.smallrye.reactive.messaging.kafka.companion.ConsumerTask<String, String> topic,
            UUID cadre) {
        return topic.getRecords().stream().filter(r -> r.key().equals(cadre.toString())
                && r.value().contains(TrainingEvents.TRAINING_COMPLETED.type())).map(r -> r.value()).toList();
    }

    private static TrainingRecord record(UUID cadre, String title, Set<Capability> capabilities, String hours,
            boolean online, int offJobDays, LocalDate completedOn) {
        TrainingRecord r = new TrainingRecord();
        r.cadreId = cadre;
        r.title = title;
        r.source = online ? TrainingCompleted.Source.ONLINE : TrainingCompleted.Source.EXTERNAL;
        r.capabilities(capabilities);
        r.hours = new BigDecimal(hours);
        r.online = online;
        r.offJobDays = offJobDays;
        r.completedOn = completedOn;
        r.provider = "省委党校";
        r.evidence = "结业证书";
        r.enteredBy = "bulk-loader";
        return r;
    }

    private static io.restassured.response.ValidatableResponse compliance(UUID unit) {
        return given().auth().oauth2(Logins.hrGuangdong()).queryParam("unitId", unit).get("/api/training/compliance")
                .then().statusCode(200);
    }
}
