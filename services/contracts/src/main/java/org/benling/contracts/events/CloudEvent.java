package org.benling.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * CloudEvents 1.0 envelope in structured JSON mode, as every Benling topic carries it. {@code data} is
 * kept as a JSON tree so that a consumer can read the envelope before it knows the data's type;
 * {@link EventJson#data(CloudEvent, EventType)} turns it into the contract record.
 *
 * @param id      unique per event; consumers deduplicate by it
 * @param source  the producing service, e.g. {@code /benling/personnel}
 * @param type    {@code org.benling.<service>.<Event>.v<N>}
 * @param subject the aggregate id, also the Kafka record key
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String dataschema,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
    }
}
