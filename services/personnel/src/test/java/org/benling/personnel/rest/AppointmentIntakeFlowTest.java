package org.benling.personnel.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.personnel.CadreUpdated;
import org.benling.contracts.personnel.PersonnelEvents;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.selection.AppointmentMade;
import org.benling.contracts.selection.SelectionEvents;
import org.benling.personnel.Demo;
import org.benling.testing.Events;
import org.benling.testing.KafkaBroker;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * An appointment made at the end of a selection (AppointmentMade from selection) is taken into the registry once: the
 * post and the rank with its date, announced on personnel.cadres; a post in another unit is a transfer; an appointment
 * the registry cannot take goes to the dead-letter topic.
 */
@QuarkusTest
class AppointmentIntakeFlowTest {

    static JsonPath cadre(String id) {
        return given().auth().oauth2(Demo.hrGuangdong()).get("/api/cadres/" + id).then().statusCode(200).extract().jsonPath();
    }

    static String appointment(UUID cadre, UUID unit, String post, RankLevel rank, LocalDate on) {
        return Events.json(SelectionEvents.APPOINTMENT_MADE, cadre, new AppointmentMade(UUID.randomUUID(), cadre, unit,
                post, rank, on));
    }

    @Test
    void anAppointmentInTheCadresUnitChangesThePostAndTheRankFromItsDayOnceAndIsAnnounced() {
        String id = CadreResourceTest.register("YZ9S0001", Demo.GUANGZHOU);
        UUID cadre = UUID.fromString(id);
        LocalDate today = TestClock.today();
        String event = appointment(cadre, Demo.GUANGZHOU, "广州市邮政管理局副局长", RankLevel.DIVISION_DEPUTY, today);
        try (KafkaCompanion kafka = KafkaBroker.shared().companion()) {
            var records = kafka.consumeStrings().fromTopics("personnel.cadres");
            var dlq = kafka.consumeStrings().fromTopics("selection.appointments.dlq");
            Events.send("selection.appointments", cadre, event);
            Events.send("selection.appointments", cadre, event); // delivered twice: taken once
            await().atMost(Duration.ofSeconds(60)).until(() -> "DIVISION_DEPUTY".equals(cadre(id).getString("rankLevel")));
            JsonPath after = cadre(id);
            assertEquals("广州市邮政管理局副局长", after.getString("positionTitle"));
            assertEquals(today.toString(), after.getString("rankSince"));
            assertEquals(today.toString(), after.getString("postSince"));

            await().atMost(Duration.ofSeconds(60)).until(() -> updates(records.getRecords(), id).size() >= 1);
            CadreUpdated updated = updates(records.getRecords(), id).get(0);
            assertTrue(updated.changedFields().containsAll(List.of("positionTitle", "rankLevel", "rankSince", "postSince")),
                    updated.changedFields().toString());
            String marker = Events.sendMarker("selection.appointments", id);
            // the marker after them is refused: once it is on the dead-letter topic, both deliveries were dealt with
            await().atMost(Duration.ofSeconds(60)).until(() -> dlq.getRecords().stream()
                    .anyMatch(r -> r.value().contains(marker)));
            assertEquals(1, updates(records.getRecords(), id).size(), "the second delivery changed nothing");
        }
    }

    @Test
    void anAppointmentInAnotherUnitIsATransferWithItsReason() {
        String id = CadreResourceTest.register("YZ9S0002", Demo.GUANGZHOU);
        UUID cadre = UUID.fromString(id);
        Events.send("selection.appointments", cadre, appointment(cadre, Demo.SHENZHEN, "深圳市邮政管理局局长",
                RankLevel.DIVISION_PRINCIPAL, TestClock.today()));
        await().atMost(Duration.ofSeconds(60)).until(() -> Demo.SHENZHEN.toString().equals(cadre(id).getString("unitId")));
        assertEquals("DIVISION_PRINCIPAL", cadre(id).getString("rankLevel"));
        given().auth().oauth2(Demo.hrGuangdong()).get("/api/cadres/" + id + "/transfers").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(1))
                .body("[0].reason", org.hamcrest.Matchers.startsWith("任职（选拔任用）"));
    }

    @Test
    void anAppointmentOfACadreTheRegistryDoesNotKnowGoesToTheDeadLetterTopic() {
        UUID stranger = UUID.randomUUID();
        String event = appointment(stranger, Demo.GUANGZHOU, "副局长", RankLevel.DIVISION_DEPUTY, TestClock.today());
        String eventId = EventJson.read(event).id().toString();
        try (KafkaCompanion kafka = KafkaBroker.shared().companion()) {
            var dlq = kafka.consumeStrings().fromTopics("selection.appointments.dlq");
            Events.send("selection.appointments", stranger, event);
            await().atMost(Duration.ofSeconds(60)).until(() -> dlq.getRecords().stream()
                    .anyMatch(r -> r.value().contains(eventId)));
        }
    }

    private static List<CadreUpdated> updates(List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records,
            String id) {
        return records.stream().filter(r -> id.equals(r.key())).map(r -> EventJson.read(r.value()))
                .filter(e -> e.type().equals(PersonnelEvents.CADRE_UPDATED.type()))
                .map(e -> EventJson.data(e, PersonnelEvents.CADRE_UPDATED)).toList();
    }
}
