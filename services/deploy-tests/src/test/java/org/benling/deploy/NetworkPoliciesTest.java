package org.benling.deploy;

import static org.benling.deploy.NetworkPolicies.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.benling.deploy.NetworkPolicies.Pod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The network policies allow exactly the flows of ARCHITECTURE.md (and what the platform's pods need among
 * themselves and from their operators), nothing else: computed over every pair of pods and every port they listen on.
 */
class NetworkPoliciesTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void thePoliciesAllowExactlyTheArchitecturesFlows(String overlay) {
        String ns = Manifests.ofKind(overlay, "Namespace").get(0).at("/metadata/name").asText();
        List<Pod> pods = new ArrayList<>();
        for (String workload : Manifests.WORKLOADS) {
            JsonNode deployment = Manifests.one(overlay, "Deployment", workload);
            JsonNode container = WorkloadsTest.container(deployment);
            java.util.Map<String, String> podLabels = new java.util.LinkedHashMap<>();
            deployment.at("/spec/template/metadata/labels").fields()
                    .forEachRemaining(l -> podLabels.put(l.getKey(), l.getValue().asText()));
            pods.add(new Pod(workload, ns, podLabels, List.of(WorkloadsTest.port(container, "http"),
                    WorkloadsTest.port(container, "management"))));
        }
        // the operators' pods, labelled as the operators label them
        pods.add(new Pod("keycloak", ns, labels("app", "keycloak", "app.kubernetes.io/instance", "benling-keycloak"),
                List.of(8080, 9000)));
        pods.add(new Pod("postgresql", ns, labels("cnpg.io/cluster", "benling-db", "cnpg.io/podRole", "instance"),
                List.of(5432, 8000, 9187)));
        pods.add(new Pod("kafka", ns, labels("strimzi.io/cluster", "benling-kafka", "strimzi.io/kind", "Kafka"),
                List.of(9093)));
        List<Pod> outside = List.of(
                new Pod("ingress-controller", "ingress-nginx", labels("app.kubernetes.io/name", "ingress-nginx"), List.of()),
                new Pod("prometheus", "monitoring", labels("app.kubernetes.io/name", "prometheus"), List.of()),
                new Pod("cnpg-operator", "cnpg-system", labels("app.kubernetes.io/name", "cloudnative-pg"), List.of()),
                new Pod("keycloak-operator", "keycloak-operator", labels("app.kubernetes.io/name", "keycloak-operator"),
                        List.of()),
                new Pod("other-namespace", "elsewhere", labels("app", "anything"), List.of()));
        Pod dns = new Pod("kube-dns", "kube-system", labels("k8s-app", "kube-dns"), List.of(53));

        NetworkPolicies policies = new NetworkPolicies(ns, Manifests.ofKind(overlay, "NetworkPolicy"),
                Manifests.one(overlay, "Kafka", "benling-kafka"));
        List<Pod> sources = new ArrayList<>(pods);
        sources.addAll(outside);
        Set<String> flows = new TreeSet<>(policies.flows(sources, pods));
        // name resolution, for the namespace's own pods (other namespaces' egress is not ours to say)
        flows.addAll(policies.flows(pods, List.of(dns)));
        assertEquals(expected(), flows);
    }

    /** ARCHITECTURE.md's flows, and the platform's own. */
    static Set<String> expected() {
        Set<String> flows = new TreeSet<>();
        List<String> inNamespace = new ArrayList<>(Manifests.WORKLOADS);
        inNamespace.addAll(List.of("keycloak", "postgresql", "kafka"));
        inNamespace.forEach(pod -> flows.add(pod + " → kube-dns:53"));
        // browsers and API clients reach the gateway and Keycloak's pages through the ingress controller
        flows.add("ingress-controller → gateway:8080");
        flows.add("ingress-controller → keycloak:8080");
        // Prometheus scrapes every management port and PostgreSQL's exporter
        flows.add("prometheus → gateway:9080");
        flows.add("prometheus → postgresql:9187");
        for (int i = 0; i < Manifests.SERVICES.size(); i++) {
            String service = Manifests.SERVICES.get(i);
            int port = 8081 + i;
            flows.add("prometheus → " + service + ":" + (port + 1000));
            // the gateway routes to each service and merges their OpenAPI documents (management port)
            flows.add("gateway → " + service + ":" + port);
            flows.add("gateway → " + service + ":" + (port + 1000));
            // each service: tokens' keys from Keycloak, its own database, its topics on Kafka's TLS listener
            flows.add(service + " → keycloak:8080");
            flows.add(service + " → postgresql:5432");
            flows.add(service + " → kafka:9093");
        }
        flows.add("gateway → keycloak:8080");
        flows.add("gateway → postgresql:5432");
        // Keycloak's instances share sessions, and its database; its operator checks its management port
        flows.add("keycloak → keycloak:8080");
        flows.add("keycloak → keycloak:9000");
        flows.add("keycloak → postgresql:5432");
        flows.add("keycloak-operator → keycloak:9000");
        // PostgreSQL's instances replicate; its operator manages them
        flows.add("postgresql → postgresql:5432");
        flows.add("cnpg-operator → postgresql:5432");
        flows.add("cnpg-operator → postgresql:8000");
        return flows;
    }
}
