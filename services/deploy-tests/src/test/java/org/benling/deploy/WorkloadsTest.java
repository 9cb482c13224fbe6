package org.benling.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * What every Benling Deployment must be to run safely as several replicas: started, live and ready probes on the
 * management port; requests and limits; non-root with a read-only root file system; an image pinned to a tag; a
 * PodDisruptionBudget, an autoscaler and the Services the gateway finds it through.
 */
class WorkloadsTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDeploymentHasTheThreeProbesOnTheManagementPort(String overlay) {
        assertEquals(Manifests.WORKLOADS.size(), Manifests.ofKind(overlay, "Deployment").size());
        for (ObjectNode deployment : Manifests.ofKind(overlay, "Deployment")) {
            JsonNode container = container(deployment);
            int management = port(container, "management");
            assertEquals(port(container, "http") + 1000, management, Manifests.name(deployment));
            for (Map.Entry<String, String> probe : Map.of("startupProbe", "/q/health/started", "livenessProbe",
                    "/q/health/live", "readinessProbe", "/q/health/ready").entrySet()) {
                JsonNode get = container.path(probe.getKey()).path("httpGet");
                assertEquals(probe.getValue(), get.path("path").asText(), Manifests.name(deployment) + " " + probe.getKey());
                assertEquals("management", get.path("port").asText(), Manifests.name(deployment) + " " + probe.getKey());
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDeploymentHasRequestsAndLimits(String overlay) {
        for (ObjectNode deployment : Manifests.ofKind(overlay, "Deployment")) {
            JsonNode resources = container(deployment).path("resources");
            for (String bound : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertFalse(resources.path(bound).path(resource).asText().isEmpty(),
                            Manifests.name(deployment) + " " + bound + "." + resource);
                }
            }
            // the JVM takes a share of the limit (-XX:MaxRAMPercentage): a request below it would be overcommitted
            assertEquals(resources.path("requests").path("memory"), resources.path("limits").path("memory"),
                    Manifests.name(deployment) + " memory request = limit");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDeploymentRunsAsNonRootOnAReadOnlyRoot(String overlay) {
        for (ObjectNode deployment : Manifests.ofKind(overlay, "Deployment")) {
            JsonNode pod = deployment.at("/spec/template/spec");
            JsonNode container = container(deployment).path("securityContext");
            String name = Manifests.name(deployment);
            assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), name);
            assertTrue(pod.at("/securityContext/runAsUser").asInt() > 0, name);
            assertTrue(container.path("readOnlyRootFilesystem").asBoolean(), name);
            assertFalse(container.path("allowPrivilegeEscalation").asBoolean(true), name);
            assertEquals("[\"ALL\"]", container.at("/capabilities/drop").toString(), name);
            assertEquals("RuntimeDefault", pod.at("/securityContext/seccompProfile/type").asText(), name);
            assertFalse(Manifests.one(overlay, "ServiceAccount", pod.path("serviceAccountName").asText())
                    .path("automountServiceAccountToken").asBoolean(true), name + " needs no Kubernetes API token");
            assertTrue(container(deployment).path("volumeMounts").findValuesAsText("mountPath").contains("/tmp"),
                    name + " has a writable /tmp");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyImageIsPinnedToATagOfTheProjectsRegistry(String overlay) {
        for (ObjectNode deployment : Manifests.ofKind(overlay, "Deployment")) {
            String image = container(deployment).path("image").asText();
            String workload = deployment.at("/metadata/name").asText();
            assertTrue(image.matches("[a-z0-9.-]+(:[0-9]+)?/[a-z0-9/-]+/" + workload + ":[0-9][0-9A-Za-z.-]*"), image);
            assertFalse(image.endsWith(":latest"), image);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDeploymentHasABudgetAnAutoscalerAndItsServices(String overlay) {
        for (String workload : Manifests.WORKLOADS) {
            JsonNode deployment = Manifests.one(overlay, "Deployment", workload);
            JsonNode labels = deployment.at("/spec/template/metadata/labels");
            JsonNode budget = Manifests.one(overlay, "PodDisruptionBudget", workload).path("spec");
            assertTrue(matches(budget.path("selector").path("matchLabels"), labels), workload + " budget");
            assertTrue(budget.path("minAvailable").asInt() >= 1
                    && budget.path("minAvailable").asInt() < deployment.at("/spec/replicas").asInt(),
                    workload + ": a node can be drained without stopping the service");
            JsonNode autoscaler = Manifests.one(overlay, "HorizontalPodAutoscaler", workload).path("spec");
            assertEquals(workload, autoscaler.at("/scaleTargetRef/name").asText());
            assertTrue(autoscaler.path("minReplicas").asInt() >= 2, workload + " never scales to one");
            for (String service : List.of(workload, workload + "-headless")) {
                assertTrue(matches(Manifests.one(overlay, "Service", service).path("spec").path("selector"), labels),
                        service);
            }
            assertEquals("None", Manifests.one(overlay, "Service", workload + "-headless").at("/spec/clusterIP")
                    .asText());
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theGatewayFindsEachServiceThroughItsHeadlessService(String overlay) {
        JsonNode config = RealmImportTest.configMap(overlay, "gateway");
        for (String service : Manifests.SERVICES) {
            String upper = service.toUpperCase();
            int port = port(container(Manifests.one(overlay, "Deployment", service)), "http");
            assertEquals("http://" + service + ":" + port, config.path("BENLING_" + upper + "_URL").asText());
            assertEquals(service + "-headless", config.path("BENLING_" + upper + "_DNS_NAME").asText());
            assertEquals("http://" + service + ":" + (port + 1000),
                    config.path("BENLING_" + upper + "_MANAGEMENT_URL").asText());
        }
    }

    /**
     * At full scale — every autoscaler at its maximum, a rolling update's extra pod on top — every connection pool
     * (Benling's instances and Keycloak's) still fits PostgreSQL's max_connections, with room for the operator's and
     * the replicas' own connections.
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyPoolFitsThePostgresqlConnectionsAtFullScale(String overlay) {
        int pool = RealmImportTest.configMap(overlay, "benling-platform").path("QUARKUS_DATASOURCE_JDBC_MAX_SIZE").asInt();
        int connections = 0;
        for (String workload : Manifests.WORKLOADS) {
            int max = Manifests.one(overlay, "HorizontalPodAutoscaler", workload).at("/spec/maxReplicas").asInt();
            int surge = Manifests.one(overlay, "Deployment", workload).at("/spec/strategy/rollingUpdate/maxSurge").asInt();
            connections += (max + surge) * pool;
        }
        JsonNode keycloak = Manifests.one(overlay, "Keycloak", "benling-keycloak").path("spec");
        int keycloakPool = 0;
        for (JsonNode option : keycloak.path("additionalOptions")) {
            if (option.path("name").asText().equals("db-pool-max-size")) {
                keycloakPool = option.path("value").asInt();
            }
        }
        assertTrue(pool > 0 && keycloakPool > 0, "both pools are bounded");
        connections += keycloak.path("instances").asInt() * keycloakPool;
        int reserved = 3 + 10; // superuser_reserved_connections, and the operator's and standbys' own
        int available = Manifests.one(overlay, "Cluster", "benling-db").at("/spec/postgresql/parameters/max_connections")
                .asInt();
        assertTrue(connections + reserved <= available, overlay + ": " + connections + " pooled connections at full"
                + " scale, " + available + " allowed");
    }

    static JsonNode container(JsonNode deployment) {
        JsonNode containers = deployment.at("/spec/template/spec/containers");
        assertEquals(1, containers.size(), Manifests.name(deployment));
        return containers.get(0);
    }

    static int port(JsonNode container, String name) {
        for (JsonNode port : container.path("ports")) {
            if (name.equals(port.path("name").asText())) {
                return port.path("containerPort").asInt();
            }
        }
        throw new AssertionError(container.path("name").asText() + " has no port " + name);
    }

    /** Whether every label of {@code selector} is on {@code labels}. */
    static boolean matches(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        for (var it = selector.fields(); it.hasNext();) {
            var label = it.next();
            if (!label.getValue().equals(labels.path(label.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
