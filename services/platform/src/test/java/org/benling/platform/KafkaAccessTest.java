package org.benling.platform;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.benling.testing.KafkaAccess;
import org.benling.testing.KafkaBroker;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The broker's access rules as a service or another system meets them (KafkaAccess on the test broker, which runs
 * SASL/SCRAM, ACLs and no auto-creation as the local stack does). A Quarkus test only to share the JVM's one broker.
 */
@QuarkusTest
class KafkaAccessTest {

    static final KafkaBroker BROKER = KafkaBroker.shared();

    @Test
    void aServiceWritesItsOwnTopicAndNoOtherServicesNotEvenThePersonnelTopicEveryServiceScopesBy() throws Exception {
        assertTrue(send("personnel", "personnel.cadres").offset() >= 0, "personnel writes personnel.cadres");
        ExecutionException forged = assertThrows(ExecutionException.class, () -> send("training", "personnel.cadres"));
        assertRefused(TopicAuthorizationException.class, forged);
        // a read-only principal cannot even start an idempotent producer (no write anywhere: a cluster refusal)
        ExecutionException integration = assertThrows(ExecutionException.class, () -> send("integration", "training.records"));
        assertRefused(AuthorizationException.class, integration);
        ExecutionException online = assertThrows(ExecutionException.class, () -> send("online-platform", "training.records"));
        assertRefused(TopicAuthorizationException.class, online);
    }

    @Test
    void theIntegrationPrincipalReadsThePublicTopicsButNeverTheSupervisionTopic() throws Exception {
        send("assessment", "assessment.results");
        assertTrue(poll("integration", "integration-hr-suite", "assessment.results"), "integration reads a public topic");
        assertThrows(TopicAuthorizationException.class, () -> poll("integration", "integration-hr-suite",
                "inspection.supervision"));
        // services read only what they consume: inspection consumes personnel events, not training's
        assertThrows(TopicAuthorizationException.class, () -> poll("inspection", "inspection", "training.records"));
        // and only in their own consumer group
        assertThrows(GroupAuthorizationException.class, () -> poll("integration", "assessment", "personnel.cadres"));
    }

    @Test
    void noLoginNoAccessAndNoTopicAppearsBecauseSomeoneWroteToIt() {
        Map<String, Object> wrong = BROKER.clientConfig("personnel", "not-the-password");
        ExecutionException refused = assertThrows(ExecutionException.class, () -> send(wrong, "personnel.cadres"));
        assertRefused(SaslAuthenticationException.class, refused);
        // even the administrator cannot create a topic by writing to it
        Map<String, Object> admin = new HashMap<>(BROKER.adminConfig());
        admin.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        String stray = "stray." + UUID.randomUUID();
        assertThrows(Exception.class, () -> send(admin, stray));
    }

    /** The refusal is of this kind, wherever the client wrapped it. */
    private static void assertRefused(Class<? extends Throwable> kind, Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return;
            }
        }
        throw new AssertionError("expected " + kind.getSimpleName() + " in " + thrown, thrown);
    }

    @Test
    void overTlsTheSameLoginsAndAclsHoldAndAClientThatDoesNotTrustTheBrokerCannotConnect() throws Exception {
        assertTrue(send(BROKER.tlsClientConfig("training", KafkaAccess.password("training")), "training.records")
                .offset() >= 0, "training writes its topic over TLS");
        ExecutionException forged = assertThrows(ExecutionException.class,
                () -> send(BROKER.tlsClientConfig("training", KafkaAccess.password("training")), "personnel.cadres"));
        assertRefused(TopicAuthorizationException.class, forged);
        // TLS without the broker's certificate in the trust store: the handshake fails, nothing is sent
        Map<String, Object> untrusting = new HashMap<>(BROKER.clientConfig("training", KafkaAccess.password("training")));
        untrusting.put("bootstrap.servers", BROKER.tlsBootstrapServers());
        untrusting.put("security.protocol", "SASL_SSL");
        untrusting.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        ExecutionException untrusted = assertThrows(ExecutionException.class, () -> send(untrusting, "training.records"));
        assertRefused(org.apache.kafka.common.errors.SslAuthenticationException.class, untrusted);
    }

    private static org.apache.kafka.clients.producer.RecordMetadata send(String principal, String topic) throws Exception {
        return send(BROKER.clientConfig(principal, KafkaAccess.password(principal)), topic);
    }

    private static org.apache.kafka.clients.producer.RecordMetadata send(Map<String, Object> login, String topic)
            throws Exception {
        Map<String, Object> config = new HashMap<>(login);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            return producer.send(new ProducerRecord<>(topic, "k", "{}")).get();
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new ExecutionException(e);
        }
    }

    /** Polls until a record arrives (true) or for a few seconds (false); authorization errors are thrown. */
    private static boolean poll(String principal, String group, String topic) {
        Map<String, Object> config = new HashMap<>(BROKER.clientConfig(principal, KafkaAccess.password(principal)));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < until) {
                if (!consumer.poll(Duration.ofMillis(500)).isEmpty()) {
                    return true;
                }
            }
            return false;
        }
    }
}
