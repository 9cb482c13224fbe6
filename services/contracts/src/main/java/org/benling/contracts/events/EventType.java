package org.benling.contracts.events;

/**
 * One versioned event type of the public catalogue: its CloudEvents {@code type}, the topic it travels
 * on, the record its {@code data} maps to, and the JSON Schema that describes the whole event.
 */
public record EventType<T>(String type, String topic, Class<T> dataClass, String schemaResource) {

    /**
     * Version 1 of the type named after its record: {@code org.benling.<service>.<Record>.v1}, its schema at
     * {@code schemas/<service>/<Record>.v1.json}.
     */
    public static <T> EventType<T> of(String service, String topic, Class<T> dataClass) {
        return of(service, topic, dataClass.getSimpleName(), 1, dataClass);
    }

    /**
     * {@code org.benling.<service>.<name>.v<version>}, its schema at {@code schemas/<service>/<name>.v<version>.json}.
     * Both are built here, from one name, because events already on the topics and other systems' copies of the
     * schemas carry them: a type and its schema must never drift apart. The name is given where it is not the
     * record's, as for an older version kept beside its successor.
     */
    public static <T> EventType<T> of(String service, String topic, String name, int version, Class<T> dataClass) {
        String versioned = name + ".v" + version;
        return new EventType<>("org.benling." + service + "." + versioned, topic, dataClass,
                "schemas/" + service + "/" + versioned + ".json");
    }

    /** The schema as a URI other systems can resolve from the contracts jar. */
    public String schemaUri() {
        return "classpath:" + schemaResource;
    }
}
