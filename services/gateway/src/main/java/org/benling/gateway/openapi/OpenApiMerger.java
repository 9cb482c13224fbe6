package org.benling.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the services' OpenAPI documents into the one document of the Benling API: paths, tags and
 * components side by side. Two services defining the same schema name differently is reported in
 * {@code x-benling-conflicts} (the first definition stays), so that a clash is seen rather than silently lost.
 */
public final class OpenApiMerger {

    private static final List<String> COMPONENT_SECTIONS =
            List.of("schemas", "securitySchemes", "parameters", "responses", "requestBodies", "examples", "headers");

    private final ObjectMapper mapper;

    public OpenApiMerger(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param documents service name → its document, in a stable order
     * @param missing   services whose document could not be read
     */
    public ObjectNode merge(Map<String, JsonNode> documents, List<String> missing) {
        ObjectNode merged = mapper.createObjectNode();
        merged.put("openapi", documents.values().stream().map(d -> d.path("openapi").asText(null))
                .filter(v -> v != null).findFirst().orElse("3.1.0"));
        ObjectNode info = merged.putObject("info");
        info.put("title", "Benling API（本领）");
        info.put("version", "1.0");
        info.put("description", "国家邮政局领导干部本领建设平台的全部接口，经网关访问。"
                + " / Every API of the State Post Bureau's cadre capability platform, through the gateway.");
        merged.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ArrayNode tags = merged.putArray("tags");
        Set<String> tagNames = new HashSet<>();
        ArrayNode conflicts = mapper.createArrayNode();
        ObjectNode services = mapper.createObjectNode();

        Set<String> shared = sharedOperationIds(documents);
        documents.forEach((service, document) -> {
            services.put(service, "included");
            prefixOperationIds(document.path("paths"), service, shared);
            copyFields(document.path("paths"), paths, service, "paths", conflicts);
            for (String section : COMPONENT_SECTIONS) {
                JsonNode from = document.path("components").path(section);
                if (from.isObject() && from.size() > 0) {
                    ObjectNode to = components.has(section) ? (ObjectNode) components.get(section) : components.putObject(section);
                    copyFields(from, to, service, "components." + section, conflicts);
                }
            }
            for (JsonNode tag : document.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            }
            if (document.has("security") && !merged.has("security")) {
                merged.set("security", document.get("security"));
            }
        });
        missing.forEach(service -> services.put(service, "unavailable"));
        merged.set("x-benling-services", services);
        if (!conflicts.isEmpty()) {
            merged.set("x-benling-conflicts", conflicts);
        }
        return merged;
    }

    /** Operation ids more than one service uses (the platform's own resources, in every service). */
    private static Set<String> sharedOperationIds(Map<String, JsonNode> documents) {
        Map<String, Integer> uses = new java.util.HashMap<>();
        documents.values().forEach(document -> operations(document.path("paths")).forEach(operation -> {
            if (operation.hasNonNull("operationId")) {
                uses.merge(operation.get("operationId").asText(), 1, Integer::sum);
            }
        }));
        Set<String> shared = new HashSet<>();
        uses.forEach((id, count) -> {
            if (count > 1) {
                shared.add(id);
            }
        });
        return shared;
    }

    /** A shared operation id gets its service's name in front, so every id in the merged document is one operation. */
    private static void prefixOperationIds(JsonNode paths, String service, Set<String> shared) {
        operations(paths).forEach(operation -> {
            if (operation.hasNonNull("operationId") && shared.contains(operation.get("operationId").asText())) {
                ((ObjectNode) operation).put("operationId", service + "_" + operation.get("operationId").asText());
            }
        });
    }

    private static List<JsonNode> operations(JsonNode paths) {
        List<JsonNode> operations = new java.util.ArrayList<>();
        paths.forEach(path -> path.fields().forEachRemaining(field -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(field.getKey())) {
                operations.add(field.getValue());
            }
        }));
        return operations;
    }

    private static void copyFields(JsonNode from, ObjectNode to, String service, String where, ArrayNode conflicts) {
        Iterator<Map.Entry<String, JsonNode>> fields = from.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = to.get(field.getKey());
            if (existing == null) {
                to.set(field.getKey(), field.getValue());
            } else if (!existing.equals(field.getValue())) {
                conflicts.add(where + "." + field.getKey() + " (kept the first; " + service + " differs)");
            }
        }
    }
}
