package org.benling.platform.inbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.benling.platform.outbox.KafkaClientConfig;
import org.benling.platform.outbox.TopicProvisioner;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Writes what a batch consumer refused to {@code <topic>.dlq}, as the connector's dead-letter strategy writes what a
 * one-record consumer nacks: the record's key, value and headers, and the same {@code dead-letter-*} headers (reason,
 * cause, the original topic, partition and offset), which {@link DeadLetterReader} and the replay read. The connector
 * cannot do it for a batch: nacking a batch dead-letters only its last record per partition.
 *
 * <p>The channel names its dead-letter topic as for the connector ({@code dead-letter-queue.topic}), though with
 * {@code failure-strategy=fail} the connector itself never writes to it. {@link #send} returns once the broker has the
 * record, so the batch is acknowledged only after its refused records are safe. While the broker does not answer it
 * tries again, with a growing pause, for as long as the instance runs (a bounded wait per try, so that a stopping
 * instance is noticed): the consumer could not go on without the broker anyway.
 */
@ApplicationScoped
public class DeadLetterProducer {

    private static final Logger LOG = Logger.getLogger(DeadLetterProducer.class);

    @Inject KafkaClientConfig kafka;
    @Inject ShutdownHold shutdown;

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "benling")
    String applicationName;

    private KafkaProducer<String, String> producer;

    void send(ConsumerRecord<String, String> record, RejectedEventException refused) {
        ProducerRecord<String, String> letter = new ProducerRecord<>(topicFor(record.topic()), null, record.key(),
                record.value(), new RecordHeaders(record.headers().toArray()));
        header(letter, "dead-letter-exception-class-name", refused.getClass().getName());
        header(letter, "dead-letter-reason", refused.getMessage());
        if (refused.getCause() != null) {
            header(letter, "dead-letter-cause-class-name", refused.getCause().getClass().getName());
            header(letter, "dead-letter-cause", String.valueOf(refused.getCause().getMessage()));
        }
        header(letter, "dead-letter-topic", record.topic());
        header(letter, "dead-letter-partition", Integer.toString(record.partition()));
        header(letter, "dead-letter-offset", Long.toString(record.offset()));
        long pause = 500;
        while (true) {
            try {
                producer().send(letter).get(30, TimeUnit.SECONDS);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while dead-lettering " + record.topic() + "@" + record.offset(), e);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                if (shutdown.stopping()) {
                    throw new IllegalStateException("stopping before " + record.topic() + "@" + record.offset()
                            + " was dead-lettered; it is delivered again after the restart", e);
                }
                LOG.warnf("dead-lettering %s@%d failed (%s), trying again in %d ms", record.topic(), record.offset(),
                        e.getMessage(), pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", interrupted);
                }
                pause = Math.min(pause * 2, Duration.ofSeconds(30).toMillis());
            }
        }
    }

    /** The channel's dead-letter topic, per topic read (TopicProvisioner reads the configuration). */
    private String topicFor(String topic) {
        return deadLetterTopics.computeIfAbsent(topic, TopicProvisioner::deadLetterTopicOf);
    }

    private final java.util.Map<String, String> deadLetterTopics = new java.util.concurrent.ConcurrentHashMap<>();

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().remove(name);
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = kafka.connection();
            p.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-dead-letters");
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(p);
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
