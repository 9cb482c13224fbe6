package org.benling.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.events.CloudEvent;
import org.benling.contracts.events.EventJson;
import org.benling.platform.outbox.Outbox;
import org.benling.platform.outbox.OutboxWakeup;
import org.benling.platform.probe.Probe;
import org.benling.testing.KafkaBroker;
import org.junit.jupiter.api.Test;

/**
 * The relay publishes a row as soon as its transaction commits, with no poll to wait for: here the poll comes once an
 * hour, so only the wake-up can have sent what reaches the topic within the test.
 */
@QuarkusTest
@TestProfile(OutboxWakeupFlowTest.HourlyPoll.class)
class OutboxWakeupFlowTest {

    public static class HourlyPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("benling.outbox.poll-interval", "1h");
        }
    }

    @Inject Outbox outbox;
    @Inject AgroalDataSource dataSource;
    @Inject Clock clock;

    @Test
    void anEventWrittenByThisInstanceLeavesWhenItsTransactionCommits() {
        String key = "wake-" + UUID.randomUUID();
        UUID id = QuarkusTransaction.requiringNew().call(() ->
                outbox.publish(Probe.ON_RELAY_TOPIC, Probe.SOURCE, key, new Probe(key, 1, "woken")).id());
        assertEquals(id, onTheTopic(key).id());
    }

    @Test
    void anEventCommittedByAnotherInstanceLeavesOnItsNotification() throws Exception {
        // another instance of the service: its own connection writes the row and notifies, nothing of this JVM's
        // transaction machinery is involved, so only the listening connection can learn of the row
        String key = "notified-" + UUID.randomUUID();
        CloudEvent event = EventJson.envelope(Probe.ON_RELAY_TOPIC, Probe.SOURCE, key, OffsetDateTime.now(clock),
                new Probe(key, 1, "notified"));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO outbox_event (event_id, topic, record_key, event_type, payload) VALUES (?, ?, ?, ?, ?)""");
                    Statement notify = c.createStatement()) {
                insert.setObject(1, event.id());
                insert.setString(2, Probe.ON_RELAY_TOPIC.topic());
                insert.setString(3, key);
                insert.setString(4, event.type());
                insert.setString(5, EventJson.write(event));
                insert.executeUpdate();
                notify.execute("NOTIFY " + OutboxWakeup.CHANNEL);
            }
            c.commit();
        }
        assertEquals(event.id(), onTheTopic(key).id());
    }

    private static CloudEvent onTheTopic(String key) {
        try (KafkaCompanion kafka = KafkaBroker.shared().companion()) {
            var task = kafka.consumeStrings().fromTopics("platform.relay");
            await().atMost(Duration.ofSeconds(30)).until(() -> task.getRecords().stream().anyMatch(r -> key.equals(r.key())));
            task.stop();
            return EventJson.read(task.getRecords().stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow().value());
        }
    }
}
