package org.benling.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether an object is what its operator or Kubernetes accepts, offline. Kinds with a maintained Java model are read
 * into it — Kubernetes' own from the fabric8 model, Strimzi's from {@code io.strimzi:api}, the prometheus-operator's
 * from fabric8's monitoring model — where a wrong type fails and a field the model does not know (a typo, a field
 * of another version) lands in an {@code additionalProperties} map that must stay empty. CloudNativePG, the Keycloak
 * operator, cert-manager and the External Secrets Operator publish no Java model or schema artifact reachable here:
 * their objects are held to the fields their documentation requires and to the fields it lists for {@code spec}.
 */
final class Schemas {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);

    /** apiVersion/kind → the model class. */
    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", io.fabric8.kubernetes.api.model.Namespace.class),
            Map.entry("v1/ServiceAccount", io.fabric8.kubernetes.api.model.ServiceAccount.class),
            Map.entry("v1/Service", io.fabric8.kubernetes.api.model.Service.class),
            Map.entry("v1/ConfigMap", io.fabric8.kubernetes.api.model.ConfigMap.class),
            Map.entry("apps/v1/Deployment", io.fabric8.kubernetes.api.model.apps.Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler",
                    io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", io.fabric8.kubernetes.api.model.networking.v1.Ingress.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor",
                    io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule",
                    io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", io.strimzi.api.kafka.model.kafka.Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", io.strimzi.api.kafka.model.topic.KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaUser", io.strimzi.api.kafka.model.user.KafkaUser.class));

    /**
     * apiVersion/kind → what the operator's documentation requires (JSON pointers) and the fields it lists for
     * {@code spec} (a field outside them is a typo or belongs to another version).
     */
    record Documented(List<String> required, Set<String> specFields, String source) {
    }

    static final Map<String, Documented> DOCUMENTED = Map.of(
            "postgresql.cnpg.io/v1/Cluster", new Documented(List.of("/spec/instances", "/spec/storage/size"),
                    Set.of("instances", "imageName", "primaryUpdateStrategy", "postgresql", "bootstrap", "managed",
                            "storage", "walStorage", "resources", "affinity", "monitoring", "backup", "description",
                            "enableSuperuserAccess", "superuserSecret", "certificates", "replica", "plugins"),
                    "CloudNativePG API reference, ClusterSpec"),
            "postgresql.cnpg.io/v1/Database", new Documented(List.of("/spec/name", "/spec/owner", "/spec/cluster/name"),
                    Set.of("name", "owner", "cluster", "ensure", "databaseReclaimPolicy", "encoding", "template",
                            "extensions", "schemas"),
                    "CloudNativePG API reference, DatabaseSpec"),
            "postgresql.cnpg.io/v1/ScheduledBackup", new Documented(List.of("/spec/schedule", "/spec/cluster/name"),
                    Set.of("schedule", "cluster", "backupOwnerReference", "immediate", "suspend", "method", "target"),
                    "CloudNativePG API reference, ScheduledBackupSpec"),
            "k8s.keycloak.org/v2alpha1/Keycloak", new Documented(List.of("/spec/instances", "/spec/db/vendor",
                    "/spec/db/host", "/spec/hostname/hostname", "/spec/http"),
                    Set.of("instances", "image", "db", "http", "hostname", "proxy", "ingress", "additionalOptions",
                            "resources", "features", "transaction", "cache", "truststores", "unsupported", "bootstrapAdmin"),
                    "Keycloak operator, Advanced configuration (Keycloak CR)"),
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", new Documented(List.of("/spec/keycloakCRName",
                    "/spec/realm/realm"), Set.of("keycloakCRName", "realm", "placeholders", "resources"),
                    "Keycloak operator, Automating a realm import"),
            "cert-manager.io/v1/Certificate", new Documented(List.of("/spec/secretName", "/spec/issuerRef/name",
                    "/spec/dnsNames/0"), Set.of("secretName", "issuerRef", "dnsNames", "commonName", "duration",
                            "renewBefore", "privateKey", "usages", "subject", "secretTemplate"),
                    "cert-manager API reference, CertificateSpec"),
            "external-secrets.io/v1/ExternalSecret", new Documented(List.of("/spec/secretStoreRef/name",
                    "/spec/secretStoreRef/kind", "/spec/target/name", "/spec/data/0/secretKey",
                    "/spec/data/0/remoteRef/key"), Set.of("secretStoreRef", "target", "data", "dataFrom",
                            "refreshInterval", "refreshPolicy"),
                    "External Secrets Operator API, ExternalSecretSpec"));

    /** What is wrong with {@code object}: empty when its model or its documentation accepts it. */
    static List<String> problems(JsonNode object) {
        String type = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        List<String> problems = new ArrayList<>();
        if (object.path("metadata").path("name").asText().isEmpty()) {
            problems.add("no metadata.name");
        }
        Class<?> model = MODELS.get(type);
        if (model != null) {
            try {
                unknownFields(MAPPER.treeToValue(object, model), "", problems, new IdentityHashMap<>());
            } catch (Exception e) {
                problems.add("not a " + type + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
            return problems;
        }
        Documented documented = DOCUMENTED.get(type);
        if (documented == null) {
            problems.add("no schema known for " + type + ": add its model or its documented fields to Schemas");
            return problems;
        }
        for (String pointer : documented.required()) {
            if (object.at(pointer).isMissingNode() || object.at(pointer).isNull()) {
                problems.add("missing " + pointer + " (" + documented.source() + ")");
            }
        }
        object.path("spec").fieldNames().forEachRemaining(field -> {
            if (!documented.specFields().contains(field)) {
                problems.add("spec." + field + " is not a field of " + type + " (" + documented.source() + ")");
            }
        });
        return problems;
    }

    /** Every non-empty {@code additionalProperties} map under {@code value}: fields the model does not know. */
    private static void unknownFields(Object value, String path, List<String> problems, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "/" + i++, problems, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "/" + k, problems, seen));
            return;
        }
        String pkg = value.getClass().getPackageName();
        if (!pkg.startsWith("io.fabric8") && !pkg.startsWith("io.strimzi")) {
            return;
        }
        for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || !field.trySetAccessible()) {
                    continue;
                }
                Object fieldValue;
                try {
                    fieldValue = field.get(value);
                } catch (IllegalAccessException e) {
                    continue;
                }
                if (field.getName().equals("additionalProperties")) {
                    if (fieldValue instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        problems.add(path + ": unknown " + extra.keySet());
                    }
                } else {
                    unknownFields(fieldValue, path + "/" + field.getName(), problems, seen);
                }
            }
        }
    }

    private Schemas() {
    }
}
