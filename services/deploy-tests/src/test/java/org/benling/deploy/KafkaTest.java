package org.benling.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.benling.contracts.events.Topics;
import org.benling.testing.KafkaAccess;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The cluster's Kafka is the one the code expects: a KafkaTopic for every topic of contracts and its dead-letter
 * topic, replicated safely, compacted where the contract says; a KafkaUser for every principal of KafkaAccess with
 * exactly the ACLs the local broker and the tests apply — no more (a service reading the restricted topic it must
 * not) and no fewer (a consumer that cannot commit).
 */
class KafkaTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyContractTopicAndItsDeadLettersHaveAKafkaTopic(String overlay) throws IllegalAccessException {
        Set<String> expected = new TreeSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String topic = (String) field.get(null);
                expected.add(topic);
                expected.add(Topics.deadLetter(topic));
            }
        }
        Set<String> declared = Manifests.ofKind(overlay, "KafkaTopic").stream()
                .map(t -> t.at("/spec/topicName").asText()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, declared);

        for (JsonNode topic : Manifests.ofKind(overlay, "KafkaTopic")) {
            String name = topic.at("/spec/topicName").asText();
            assertEquals("benling-kafka", topic.at("/metadata/labels/strimzi.io~1cluster").asText(), name);
            assertEquals(3, topic.at("/spec/replicas").asInt(), name);
            assertEquals("2", topic.at("/spec/config/min.insync.replicas").asText(), name);
            boolean compacted = KafkaAccess.TOPICS.stream().anyMatch(t -> t.compacted() && t.name().equals(name));
            assertEquals(compacted ? "compact" : "delete", topic.at("/spec/config/cleanup.policy").asText(), name);
            assertTrue(topic.at("/spec/partitions").asInt() >= 3, name);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyPrincipalHasAKafkaUserWithExactlyItsAcls(String overlay) {
        Set<String> expected = KafkaAccess.acls().stream()
                .map(b -> rule(b.entry().principal().substring("User:".length()), b.pattern().resourceType().name(),
                        b.pattern().name(), b.pattern().patternType().name(), b.entry().operation().name()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = new TreeSet<>();
        for (JsonNode user : Manifests.ofKind(overlay, "KafkaUser")) {
            String name = user.at("/metadata/name").asText();
            assertEquals("scram-sha-512", user.at("/spec/authentication/type").asText(), name);
            assertEquals("simple", user.at("/spec/authorization/type").asText(), name);
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                JsonNode resource = acl.path("resource");
                String type = resource.path("type").asText();
                for (JsonNode operation : acl.path("operations")) {
                    declared.add(rule(name, type, type.equals("cluster") ? "kafka-cluster" : resource.path("name")
                            .asText(), resource.path("patternType").asText("literal"), operation.asText()));
                }
            }
        }
        assertEquals(expected, declared);
        assertEquals(KafkaAccess.PRINCIPALS.stream().map(KafkaAccess.Principal::name).sorted().toList(),
                Manifests.ofKind(overlay, "KafkaUser").stream().map(u -> u.at("/metadata/name").asText()).sorted()
                        .toList());
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theClusterAuthorisesAndReplicatesLikeTheLocalBrokerButSafer(String overlay) {
        JsonNode kafka = Manifests.one(overlay, "Kafka", "benling-kafka").path("spec").path("kafka");
        assertEquals("simple", kafka.at("/authorization/type").asText(), "nothing without an ACL");
        assertEquals("false", kafka.at("/config/auto.create.topics.enable").asText());
        assertEquals("2", kafka.at("/config/min.insync.replicas").asText());
        List<String> listeners = new ArrayList<>();
        for (JsonNode listener : kafka.path("listeners")) {
            assertTrue(listener.path("tls").asBoolean(), listener.path("name").asText() + " is TLS");
            assertEquals("scram-sha-512", listener.at("/authentication/type").asText());
            listeners.add(listener.path("name").asText() + ":" + listener.path("port").asInt());
        }
        assertTrue(listeners.contains("tls:9093"), listeners.toString());
        String bootstrap = RealmImportTest.configMap(overlay, "benling-platform").path("KAFKA_BOOTSTRAP_SERVERS")
                .asText();
        assertEquals("benling-kafka-kafka-bootstrap:9093", bootstrap);
        int brokers = Manifests.ofKind(overlay, "KafkaNodePool").stream()
                .filter(p -> p.at("/spec/roles").toString().contains("broker"))
                .mapToInt(p -> p.at("/spec/replicas").asInt()).sum();
        assertTrue(brokers >= 3, "replication 3 needs three brokers");
    }

    private static String rule(String principal, String type, String name, String pattern, String operation) {
        String normalisedPattern = pattern.equalsIgnoreCase("prefix") ? "prefixed" : pattern.toLowerCase();
        return principal + " " + type.toLowerCase() + ":" + name + " (" + normalisedPattern + ") "
                + operation.toLowerCase();
    }
}
