package org.benling.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every overlay renders, and every object it makes is valid for Kubernetes or its operator (Schemas). */
class OverlaysTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyObjectValidatesAgainstItsSchema(String overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : Manifests.overlay(overlay)) {
            Schemas.problems(object).forEach(p -> problems.add(Manifests.name(object) + ": " + p));
        }
        assertEquals(List.of(), problems);
        assertTrue(Manifests.overlay(overlay).size() > 90, "the whole of Benling is rendered");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everythingLivesInTheOverlaysNamespace(String overlay) {
        String namespace = Manifests.ofKind(overlay, "Namespace").get(0).path("metadata").path("name").asText();
        List<String> elsewhere = Manifests.overlay(overlay).stream()
                .filter(o -> !o.path("kind").asText().equals("Namespace"))
                .filter(o -> !namespace.equals(o.path("metadata").path("namespace").asText())).map(Manifests::name)
                .toList();
        assertEquals(List.of(), elsewhere);
    }

    /**
     * No Secret is made here and no secret value is written: every Secret a pod or an operator reads is one the
     * External Secrets Operator makes from the bureau's store, or one an operator makes itself.
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void secretsAreOnlyReferencedAndEachReferenceHasAMaker(String overlay) {
        assertEquals(List.of(), Manifests.ofKind(overlay, "Secret").stream().map(Manifests::name).toList());
        Set<String> made = new TreeSet<>(Set.of("benling-kafka-cluster-ca-cert", "benling-db-ca", "benling-tls"));
        Manifests.ofKind(overlay, "ExternalSecret").forEach(e -> made.add(e.path("spec").path("target").path("name")
                .asText()));
        Manifests.ofKind(overlay, "KafkaUser").forEach(u -> made.add(u.path("metadata").path("name").asText()));

        Set<String> referenced = new TreeSet<>();
        for (ObjectNode object : Manifests.overlay(overlay)) {
            referenced.addAll(object.findValuesAsText("secretName"));
            object.findValues("secretKeyRef").forEach(ref -> referenced.add(ref.path("name").asText()));
            object.findValues("passwordSecret").forEach(ref -> referenced.add(ref.path("name").asText()));
            object.findValues("usernameSecret").forEach(ref -> referenced.add(ref.path("name").asText()));
            object.findValues("s3Credentials").forEach(c -> c.forEach(ref -> referenced.add(ref.path("name").asText())));
            object.findValues("placeholders").forEach(p -> p.forEach(ref -> referenced.add(ref.path("secret")
                    .path("name").asText())));
        }
        referenced.removeAll(made);
        assertEquals(Set.of(), referenced, "secrets nobody makes");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void noPasswordTokenOrKeyIsWrittenIntoTheManifests(String overlay) {
        List<String> leaks = Manifests.overlay(overlay).stream()
                .flatMap(o -> Manifests.strings(o, Manifests.name(o)))
                .filter(e -> e.getValue().matches("(?is).*(local-demo|benling-demo|-----BEGIN|password\\s*=).*"))
                .map(e -> e.getKey() + " = " + e.getValue()).toList();
        assertEquals(List.of(), leaks);
        List<String> literalSecrets = Manifests.ofKind(overlay, "Deployment").stream()
                .flatMap(d -> d.at("/spec/template/spec/containers/0/env").findParents("name").stream())
                .filter(env -> env.path("name").asText().matches(".*(PASSWORD|SECRET|TOKEN|KEY).*"))
                .filter(env -> env.has("value")).map(env -> env.path("name").asText()).toList();
        assertEquals(List.of(), literalSecrets, "secret variables come from secretKeyRef, never a value");
    }

    @Test
    void theOverlaysDifferInSizeOnly() {
        assertEquals(kinds("staging"), kinds("production"));
        assertEquals(3, Manifests.one("production", "Cluster", "benling-db").path("spec").path("instances").asInt());
        assertEquals(3, Manifests.one("production", "KafkaNodePool", "brokers").path("spec").path("replicas").asInt());
        assertEquals(3, Manifests.one("production", "KafkaNodePool", "controllers").path("spec").path("replicas")
                .asInt());
        for (String workload : Manifests.WORKLOADS) {
            assertEquals(3, Manifests.one("production", "Deployment", workload).path("spec").path("replicas").asInt());
            assertEquals(3, Manifests.one("production", "HorizontalPodAutoscaler", workload).path("spec")
                    .path("minReplicas").asInt());
        }
    }

    /** The validation itself fails on what it should: otherwise the test above would prove nothing. */
    @Test
    void theSchemasRefuseTyposWrongTypesAndMissingFields() {
        JsonNode deployment = Manifests.one("staging", "Deployment", "personnel").deepCopy();
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0")).putObject("readinesProbe");
        assertTrue(Schemas.problems(deployment).toString().contains("readinesProbe"), Schemas.problems(deployment)
                .toString());

        JsonNode topic = Manifests.one("staging", "KafkaTopic", "personnel-cadres").deepCopy();
        ((ObjectNode) topic.path("spec")).put("partitions", "twelve");
        assertFalse(Schemas.problems(topic).isEmpty());

        JsonNode user = Manifests.one("staging", "KafkaUser", "personnel").deepCopy();
        ((ObjectNode) user.at("/spec/authentication")).put("mechanism", "scram");
        assertFalse(Schemas.problems(user).isEmpty());

        JsonNode cluster = Manifests.one("staging", "Cluster", "benling-db").deepCopy();
        ((ObjectNode) cluster.path("spec")).remove("instances");
        ((ObjectNode) cluster.path("spec")).put("replicas", 3);
        assertEquals(2, Schemas.problems(cluster).size(), Schemas.problems(cluster).toString());
    }

    private static Set<String> kinds(String overlay) {
        return Manifests.overlay(overlay).stream().filter(o -> !o.path("kind").asText().equals("Namespace"))
                .map(o -> Manifests.name(o).replaceAll("^(ConfigMap .*)-[a-z0-9]{10}$", "$1"))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
