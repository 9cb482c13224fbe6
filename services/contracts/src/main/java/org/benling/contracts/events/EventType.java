package org.benling.contracts.events;

/**
 * One versioned event type of the public catalogue: its CloudEvents {@code type}, the topic it travels
 * on, the record its {@code data} maps to, and the JSON Schema that describes the whole event.
 */
public record EventType<T>(String type, String topic, Class<T> dataClass, String schemaResource) {

    /** The schema as a URI other systems can resolve from the contracts jar. */
    public String schemaUri() {
        return "classpath:" + schemaResource;
    }
}
