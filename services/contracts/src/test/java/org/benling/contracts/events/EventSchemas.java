package org.benling.contracts.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.benling.contracts.catalog.EventCatalog;

/**
 * Validates an event against the JSON Schema of its type, as other systems would: for tests only (the contracts' test
 * jar, which services get through benling-testing), so that no service ships a JSON Schema validator.
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    /** @return the violations, empty when the event is valid */
    public static List<String> violations(EventType<?> type, JsonNode event) {
        Schema schema = CACHE.computeIfAbsent(type.schemaUri(), uri -> REGISTRY.getSchema(SchemaLocation.of(uri)));
        return schema.validate(event).stream().map(Error::toString).toList();
    }

    /** Looks the type up in the catalogue; an unknown type is itself a violation. */
    public static List<String> violations(String eventJson) {
        JsonNode node;
        try {
            node = EventJson.mapper().readTree(eventJson);
        } catch (Exception e) {
            return List.of("not JSON: " + e.getMessage());
        }
        String type = node.path("type").asText();
        return EventCatalog.byType(type)
                .map(t -> violations(t, node))
                .orElse(List.of("unknown event type: " + type));
    }

    private EventSchemas() {
    }
}
