package org.benling.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The relay's Kafka producer: acks from all in-sync replicas and idempotence, so the broker keeps each key's
 * records in order across the producer's own retries; it never expires a record itself (the relay's deadline
 * decides, and {@link #abandonUnacknowledged} drops what is queued), so a later record of a key cannot overtake
 * an earlier one that failed. Its client metrics are published like the connectors' ({@code kafka_producer_*}, per
 * topic once it has sent to one): what the events dashboard shows as records sent.
 */
@ApplicationScoped
public class OutboxProducer {

    @Inject KafkaClientConfig kafka;

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "benling")
    String applicationName;

    @ConfigProperty(name = "benling.outbox.publish-timeout", defaultValue = "10s")
    Duration publishTimeout;

    @Inject MeterRegistry registry;

    private KafkaProducer<String, String> producer;
    private KafkaClientMetrics metrics;

    public synchronized Future<RecordMetadata> send(ProducerRecord<String, String> record) {
        if (producer == null) {
            producer = create();
            metrics = new KafkaClientMetrics(producer);
            metrics.bindTo(registry);
        }
        return producer.send(record);
    }

    private KafkaProducer<String, String> create() {
        Properties p = kafka.connection();
        p.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox-relay");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // no lingering: the relay awaits each batch's acknowledgements right after queueing it, so a linger would
        // only be added to every batch (8 slots a round: 40 ms at 5 ms); records queued while a request is in flight
        // still travel together
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        int timeout = (int) publishTimeout.toMillis();
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.max(500, timeout / 4));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeout / 2));
        // the producer never gives up on a record by itself: a batch it expired would let the later batches of the
        // partition through (a new sequence), out of key order; the relay's deadline comes first and abandons all
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(120_000, timeout * 12));
        p.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    /**
     * Fails every send not yet acknowledged and starts afresh with the next one: after a failure, nothing queued
     * behind it may reach the broker before it is sent again (the relay re-sends them all, in order).
     */
    public synchronized void abandonUnacknowledged() {
        if (producer != null) {
            metrics.close();
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            metrics.close();
            producer.close(Duration.ofSeconds(5));
        }
    }
}
