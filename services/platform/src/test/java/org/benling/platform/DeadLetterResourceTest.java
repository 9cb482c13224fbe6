package org.benling.platform;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.events.CloudEvent;
import org.benling.contracts.events.EventJson;
import org.benling.platform.probe.Probe;
import org.benling.platform.probe.ProbeConsumer;
import org.benling.testing.Events;
import org.benling.testing.TestClock;
import org.benling.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An administrator lists what a consumer refused and replays it after the fix: applied once, however often replayed. */
@QuarkusTest
class DeadLetterResourceTest {

    static final String ADMIN = Tokens.admin(UUID.randomUUID());
    static final String PATH = "/api/platform-test/dead-letters";

    @Inject EntityManager em;

    @AfterEach
    void unfix() {
        ProbeConsumer.FIXED.set(false);
    }

    @Test
    void aRefusedEventIsListedAndAReplayAfterTheFixAppliesItOnce() {
        CloudEvent event = EventJson.envelope(Probe.ON_PROBE_TOPIC, Probe.SOURCE, "dl-1", TestClock.offsetNow(),
                new Probe("dl-1", 1, "needs-a-fix"));
        Events.send("platform.probe", "dl-1", EventJson.write(event));
        String id = event.id().toString();
        Map<String, Object> entry = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(ADMIN)
                .get(PATH + "?topic=platform.probe.dlq&size=200").then().statusCode(200).extract()
                .<Map<String, Object>>path("items.find { it.eventId == '" + id + "' }"), found -> found != null);
        assertEquals("platform-test", entry.get("consumer"));
        assertEquals("platform.probe", entry.get("originalTopic"));
        assertEquals("org.benling.platformtest.Probe.v1", entry.get("eventType"));
        Map<String, Object> position = Map.of("topic", entry.get("topic"), "partition", entry.get("partition"),
                "offset", entry.get("offset"));

        // before the fix the consumer still refuses it: nothing applied, the reason given
        given().auth().oauth2(ADMIN).body(Map.of("records", List.of(position))).contentType("application/json")
                .post(PATH + "/replay").then().statusCode(200)
                .body("[0].outcome", equalTo("REFUSED")).body("[0].eventId", equalTo(id));
        assertEquals(0, effects(event.id()));

        ProbeConsumer.FIXED.set(true);
        given().auth().oauth2(ADMIN).body(Map.of("records", List.of(position))).contentType("application/json")
                .post(PATH + "/replay").then().statusCode(200)
                .body("[0].outcome", equalTo("APPLIED")).body("[0].consumer", equalTo("platform-test"));
        assertEquals(1, effects(event.id()));
        // again, and as "every dead letter of the topic": applied before, so not again
        given().auth().oauth2(ADMIN).body(Map.of("records", List.of(position))).contentType("application/json")
                .post(PATH + "/replay").then().statusCode(200).body("[0].outcome", equalTo("DUPLICATE"));
        given().auth().oauth2(ADMIN).body(Map.of("topic", "platform.probe.dlq")).contentType("application/json")
                .post(PATH + "/replay").then().statusCode(200).body("position.offset", org.hamcrest.Matchers.not(hasItem(entry.get("offset"))));
        assertEquals(1, effects(event.id()));
        given().auth().oauth2(ADMIN).get(PATH + "?topic=platform.probe.dlq&size=200").then().statusCode(200)
                .body("items.find { it.eventId == '" + id + "' }.lastReplay", equalTo("DUPLICATE"));
        // who replayed what is kept
        assertEquals(3L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM dead_letter_replay WHERE event_id = :id").setParameter("id", id).getSingleResult()).longValue()));
    }

    @Test
    void onlyAdministratorsOnTheServicesOwnDeadLetterTopicsWithPositionsThatExist() {
        given().auth().oauth2(Tokens.hr("hr-dl", UUID.randomUUID())).get(PATH).then().statusCode(403);
        given().auth().oauth2(ADMIN).get(PATH + "?topic=training.records.dlq").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("topic"));
        given().auth().oauth2(ADMIN).body(Map.of()).contentType("application/json").post(PATH + "/replay").then()
                .statusCode(400).body("violations[0].field", equalTo("records"));
        given().auth().oauth2(ADMIN).body(Map.of("records", List.of(Map.of("topic", "platform.probe.dlq", "partition", 0,
                "offset", 9_000_000)))).contentType("application/json").post(PATH + "/replay").then().statusCode(200)
                .body("[0].outcome", equalTo("NOT_FOUND"));
        given().auth().oauth2(ADMIN).body(Map.of("records", List.of(Map.of("topic", "other.dlq", "partition", 0,
                "offset", 0)))).contentType("application/json").post(PATH + "/replay").then().statusCode(200)
                .body("[0].outcome", equalTo("NOT_THIS_SERVICE"));
        given().auth().oauth2(ADMIN).body(Map.of("records", List.of(Map.of("topic", "", "partition", -1, "offset", 0))))
                .contentType("application/json").post(PATH + "/replay").then().statusCode(400)
                .contentType("application/problem+json");
        // a name Kafka would not allow (PostgreSQL refuses a NUL in text: the replay log could not keep it) is refused
        given().auth().oauth2(ADMIN).body(Map.of("topic", "%", "records", List.of(Map.of("topic", "\u0000", "partition", 117,
                "offset", Long.MAX_VALUE)))).contentType("application/json").post(PATH + "/replay").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.hasItems("topic", "records[0].topic"));
    }

    private long effects(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM probe_effect WHERE event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }
}
