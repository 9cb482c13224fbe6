package org.benling.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Kubernetes' NetworkPolicy semantics over a model of the pods, enough to say which connections the rendered
 * policies allow: a pod selected by a policy of a direction is isolated in that direction and reachable only as
 * some rule of those policies allows (peers by pod and namespace selectors, ports by number); a pod no policy
 * selects is open. The policies Strimzi writes itself from the Kafka listeners' {@code networkPolicyPeers} are
 * added, as the operator would.
 */
final class NetworkPolicies {

    record Pod(String name, String namespace, Map<String, String> labels, List<Integer> ports) {
    }

    private record Policy(JsonNode podSelector, Set<String> types, List<JsonNode> ingress, List<JsonNode> egress) {
    }

    private final String namespace;
    private final List<Policy> policies = new ArrayList<>();

    NetworkPolicies(String namespace, List<? extends JsonNode> networkPolicies, JsonNode kafka) {
        this.namespace = namespace;
        for (JsonNode policy : networkPolicies) {
            JsonNode spec = policy.path("spec");
            Set<String> types = new TreeSet<>();
            spec.path("policyTypes").forEach(t -> types.add(t.asText()));
            policies.add(new Policy(spec.path("podSelector"), types, list(spec.path("ingress")),
                    list(spec.path("egress"))));
        }
        // Strimzi admits a listener's networkPolicyPeers (everyone when there are none) on the listener's port
        for (JsonNode listener : kafka.at("/spec/kafka/listeners")) {
            JsonNode rule = Manifests.parse("ports: [{port: " + listener.path("port").asInt() + "}]").get(0);
            if (listener.has("networkPolicyPeers")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) rule).set("from", listener.get("networkPolicyPeers"));
            }
            JsonNode selector = Manifests.parse("matchLabels: {strimzi.io/cluster: " + kafka.at("/metadata/name")
                    .asText() + ", strimzi.io/kind: Kafka}").get(0);
            policies.add(new Policy(selector, Set.of("Ingress"), List.of(rule), List.of()));
        }
    }

    /** Every "source → destination:port" the policies allow, over the given pods and their ports. */
    Set<String> flows(List<Pod> sources, List<Pod> destinations) {
        Set<String> flows = new TreeSet<>();
        for (Pod from : sources) {
            for (Pod to : destinations) {
                for (int port : to.ports()) {
                    if (allows(from, to, port)) {
                        flows.add(from.name() + " → " + to.name() + ":" + port);
                    }
                }
            }
        }
        return flows;
    }

    private boolean allows(Pod from, Pod to, int port) {
        return side(to, from, port, "Ingress") && side(from, to, port, "Egress");
    }

    /** Whether {@code self}'s policies of {@code type} let it talk with {@code peer} on {@code port}. */
    private boolean side(Pod self, Pod peer, int port, String type) {
        if (!self.namespace().equals(namespace) || !isolated(self, type)) {
            return true;
        }
        for (Policy policy : policies) {
            if (!policy.types().contains(type) || !selects(policy.podSelector(), self.labels())) {
                continue;
            }
            for (JsonNode rule : type.equals("Ingress") ? policy.ingress() : policy.egress()) {
                if (peers(rule.path(type.equals("Ingress") ? "from" : "to"), peer) && ports(rule.path("ports"), port)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isolated(Pod pod, String type) {
        return policies.stream().anyMatch(p -> p.types().contains(type) && selects(p.podSelector(), pod.labels()));
    }

    private boolean peers(JsonNode peers, Pod peer) {
        if (peers.isMissingNode() || peers.isEmpty()) {
            return true;
        }
        for (JsonNode p : peers) {
            boolean namespaceMatches = p.has("namespaceSelector")
                    ? selects(p.get("namespaceSelector"), Map.of("kubernetes.io/metadata.name", peer.namespace()))
                    : peer.namespace().equals(namespace);
            boolean podMatches = !p.has("podSelector") || selects(p.get("podSelector"), peer.labels());
            if (namespaceMatches && podMatches && !p.has("ipBlock")) {
                return true;
            }
        }
        return false;
    }

    private static boolean ports(JsonNode ports, int port) {
        if (ports.isMissingNode() || ports.isEmpty()) {
            return true;
        }
        for (JsonNode p : ports) {
            if (!p.has("port") || p.get("port").asInt() == port) {
                return true;
            }
        }
        return false;
    }

    /** A label selector (matchLabels and matchExpressions); an empty one selects everything. */
    static boolean selects(JsonNode selector, Map<String, String> labels) {
        for (var it = selector.path("matchLabels").fields(); it.hasNext();) {
            var label = it.next();
            if (!label.getValue().asText().equals(labels.get(label.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String value = labels.get(expression.path("key").asText());
            List<String> values = new ArrayList<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean ok = switch (expression.path("operator").asText()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("unknown operator in " + expression);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static Map<String, String> labels(String... pairs) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        return labels;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
