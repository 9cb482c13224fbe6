package org.benling.personnel.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.benling.contracts.events.CloudEvent;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.events.EventSchemas;
import org.benling.contracts.events.Topics;
import org.benling.contracts.personnel.CadreTransferred;
import org.benling.contracts.personnel.PersonnelEvents;
import org.benling.personnel.Demo;
import org.benling.testing.KafkaBroker;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonnelEventsFlowTest {

    @Test
    void changesReachTheCompactedTopicInOrderKeyedByCadreAndValidateAgainstTheirSchemas() {
        String id = CadreResourceTest.register("YZ9E0001", Demo.GUANGZHOU);
        given().auth().oauth2(Demo.hrGuangdong()).contentType(ContentType.JSON)
                .body(Map.of("toUnitId", Demo.SHENZHEN.toString(), "positionTitle", "深圳市邮政管理局科长",
                        "effectiveOn", "2026-07-01"))
                .post("/api/cadres/" + id + "/transfers").then().statusCode(200);

        try (KafkaCompanion kafka = KafkaBroker.shared().companion()) {
            var task = kafka.consumeStrings().fromTopics(Topics.PERSONNEL_CADRES);
            // the demo load's events (units, then cadres) and this test's: the relay publishes keys independently, so
            // wait for both rather than assume the demo's are through once this cadre's are
            await().atMost(Duration.ofSeconds(60)).until(() -> ofKey(task.getRecords(), id).size() >= 2
                    && task.getRecords().size() > 600);
            task.stop();
            List<ConsumerRecord<String, String>> mine = ofKey(task.getRecords(), id);
            List<String> types = mine.stream().map(r -> EventJson.read(r.value()).type()).toList();
            assertEquals(List.of(PersonnelEvents.CADRE_REGISTERED.type(), PersonnelEvents.CADRE_TRANSFERRED.type()), types);
            CloudEvent transferred = EventJson.read(mine.get(1).value());
            assertEquals(id, transferred.subject());
            CadreTransferred data = EventJson.data(transferred, PersonnelEvents.CADRE_TRANSFERRED);
            assertEquals(Demo.GUANGZHOU, data.fromUnitId());
            assertEquals(Demo.SHENZHEN, data.cadre().unitId());

            // every event the service produced (demo load included) validates against its published schema
            List<ConsumerRecord<String, String>> all = task.getRecords();
            assertTrue(all.size() > 600, "demo units and cadres were published: " + all.size());
            for (ConsumerRecord<String, String> r : all) {
                assertEquals(List.of(), EventSchemas.violations(r.value()), r.value());
                assertEquals(r.key(), EventJson.read(r.value()).subject());
            }
        }
    }

    @Test
    void thePersonnelTopicIsCompacted() throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(KafkaBroker.shared().adminConfig())) {
            var resource = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, Topics.PERSONNEL_CADRES);
            var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertEquals("compact", config.get("cleanup.policy").value());
        }
    }

    private static List<ConsumerRecord<String, String>> ofKey(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }
}
