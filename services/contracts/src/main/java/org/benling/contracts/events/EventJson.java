package org.benling.contracts.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Reads and writes events in the catalogue's JSON form (ISO dates, no unknown-field failures). */
public final class EventJson {

    // exact decimals: 学时 such as 40.00 stay 40.00 (not 4E+1) through the tree, the text and back
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Wraps {@code data} in a new envelope with a fresh id. */
    public static <T> CloudEvent envelope(EventType<T> type, String source, String subject, OffsetDateTime time,
            T data) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID(), source, type.type(), subject, time,
                "application/json", type.schemaUri(), MAPPER.valueToTree(data));
    }

    public static String write(CloudEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event cannot be serialised: " + event.type(), e);
        }
    }

    /** @throws MalformedEventException when the text is not a CloudEvents envelope */
    public static CloudEvent read(String json) {
        try {
            CloudEvent event = MAPPER.readValue(json, CloudEvent.class);
            if (!CloudEvent.SPEC_VERSION.equals(event.specversion())) {
                throw new MalformedEventException("unsupported specversion: " + event.specversion());
            }
            return event;
        } catch (JsonProcessingException | NullPointerException | IllegalArgumentException e) {
            throw new MalformedEventException("not a CloudEvents 1.0 JSON envelope: " + e.getMessage(), e);
        }
    }

    public static <T> T data(CloudEvent event, EventType<T> type) {
        try {
            return MAPPER.treeToValue(event.data(), type.dataClass());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("data does not match " + type.type() + ": " + e.getMessage(), e);
        }
    }

    private EventJson() {
    }
}
