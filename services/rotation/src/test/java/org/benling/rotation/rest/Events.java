package org.benling.rotation.rest;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.events.EventType;
import org.benling.testing.KafkaBroker;

/** Sends events as the other services' outbox relays do: structured CloudEvents keyed by cadre. */
final class Events {

    static <T> String json(EventType<T> type, UUID cadre, T data) {
        return EventJson.write(EventJson.envelope(type, "/benling/test", cadre.toString(), OffsetDateTime.now(), data));
    }

    static void send(String topic, UUID key, String value) {
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaBroker.shared().bootstrapServers())) {
            var record = new ProducerRecord<>(topic, key.toString(), value);
            record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
            kafka.produceStrings().fromRecords(record).awaitCompletion();
        }
    }

    private Events() {
    }
}
