package org.benling.testing;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.events.EventType;

/** Sends events as the services' outbox relays do: structured CloudEvents with their content type, keyed. */
public final class Events {

    private Events() {
    }

    /** The event as JSON about a cadre (or another keyed thing), from its owner, dated now by the test clock. */
    public static <T> String json(EventType<T> type, UUID subject, T data) {
        return json(type, ownerOf(type), subject.toString(), data);
    }

    /**
     * The source that owns an event type: {@code org.benling.<service>.<Event>.v<N>} comes from
     * {@code /benling/<service>}; consumers refuse it from anyone else.
     */
    public static String ownerOf(EventType<?> type) {
        return "/benling/" + type.type().split("\\.")[2];
    }

    /** The event as JSON, from {@code source}, about {@code subject}, dated now by the test clock. */
    public static <T> String json(EventType<T> type, String source, String subject, T data) {
        return json(type, source, subject, TestClock.offsetNow(), data);
    }

    public static <T> String json(EventType<T> type, String source, String subject, OffsetDateTime time, T data) {
        return EventJson.write(EventJson.envelope(type, source, subject, time, data));
    }

    /**
     * Sends a malformed record after what the test sent with this key and returns it: a consumer takes a key's
     * records in order, so once this one is on the dead-letter topic the consumer has dealt with all before it.
     */
    public static String sendMarker(String topic, String key) {
        String marker = "{ not an event: marker " + UUID.randomUUID();
        send(topic, key, marker);
        return marker;
    }

    public static void send(String topic, UUID key, String value) {
        send(topic, key.toString(), value);
    }

    /** Sends a record (any text: tests send malformed ones too) to the shared test broker and waits for the ack. */
    public static void send(String topic, String key, String value) {
        try (KafkaCompanion kafka = KafkaBroker.shared().companion()) {
            var record = new ProducerRecord<>(topic, key, value);
            record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
            kafka.produceStrings().fromRecords(record).awaitCompletion();
        }
    }
}
