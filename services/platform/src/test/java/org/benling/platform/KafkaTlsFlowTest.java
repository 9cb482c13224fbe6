package org.benling.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.benling.contracts.events.EventJson;
import org.benling.platform.outbox.KafkaClientConfig;
import org.benling.platform.outbox.Outbox;
import org.benling.platform.probe.Probe;
import org.benling.testing.KafkaBroker;
import org.benling.testing.KafkaBrokerResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A service on a cluster with TLS: the application connects to the broker's SASL_SSL listener only
 * ({@code kafka.security.protocol=SASL_SSL}, the broker's certificate in {@code kafka.ssl.truststore.*}), and its own
 * clients — the outbox relay's producer here — use the same TLS settings as the messaging connector.
 */
@QuarkusTest
@TestProfile(KafkaTlsFlowTest.OverTls.class)
class KafkaTlsFlowTest {

    public static class OverTls implements QuarkusTestProfile, KafkaBrokerResource.OverTls {
    }

    @Inject Outbox outbox;
    @Inject KafkaClientConfig kafka;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void theOutboxRelayPublishesOverTlsWithTheServicesOwnLogin() {
        Properties connection = kafka.connection();
        assertEquals(KafkaBroker.shared().tlsBootstrapServers(), bootstrap);
        assertEquals("SASL_SSL", connection.get("security.protocol"));
        assertTrue(connection.containsKey("ssl.truststore.location"), connection.keySet().toString());

        String key = "tls-" + UUID.randomUUID();
        UUID id = QuarkusTransaction.requiringNew().call(() ->
                outbox.publish(Probe.ON_RELAY_TOPIC, Probe.SOURCE, key, new Probe(key, 1, "over tls")).id());
        try (KafkaCompanion companion = KafkaBroker.shared().companion()) {
            var task = companion.consumeStrings().fromTopics("platform.relay");
            await().atMost(Duration.ofSeconds(60)).until(() -> task.getRecords().stream()
                    .anyMatch(r -> key.equals(r.key()) && EventJson.read(r.value()).id().equals(id)));
            task.stop();
        }
    }
}
