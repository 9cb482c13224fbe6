package org.benling.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.benling.contracts.events.CloudEvent;
import org.benling.contracts.events.EventJson;

/**
 * Reads dead-letter topics back, as the service itself (its own login, which may read its consumers' DLQ topics): by
 * position, without a consumer group or committed offsets — reading moves nothing. One per listing or replay.
 */
final class DeadLetterReader implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<String, String> consumer;

    /** @param connection the service's Kafka connection settings ({@code KafkaClientConfig.connection()}) */
    DeadLetterReader(Properties connection) {
        Properties p = new Properties();
        p.putAll(connection);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letters-reader");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    /** The last {@code scan} records of each partition of the topic. */
    List<ConsumerRecord<String, String>> latest(String topic, int scan) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            long end = ends.get(tp);
            long from = Math.max(starts.get(tp), end - scan);
            if (from >= end) {
                continue;
            }
            consumer.assign(List.of(tp));
            consumer.seek(tp, from);
            long position = from;
            int emptyPolls = 0;
            while (position < end && emptyPolls < 10) {
                var polled = consumer.poll(POLL);
                emptyPolls = polled.isEmpty() ? emptyPolls + 1 : 0;
                for (ConsumerRecord<String, String> r : polled) {
                    records.add(r);
                }
                position = consumer.position(tp);
            }
        }
        return records;
    }

    /** The record at a position, if there is one. */
    Optional<ConsumerRecord<String, String>> read(String topic, int partition, long offset) {
        TopicPartition tp = new TopicPartition(topic, partition);
        if (consumer.partitionsFor(topic).stream().noneMatch(info -> info.partition() == partition)) {
            return Optional.empty();
        }
        consumer.assign(List.of(tp));
        long end = consumer.endOffsets(List.of(tp)).get(tp);
        if (offset < consumer.beginningOffsets(List.of(tp)).get(tp) || offset >= end) {
            return Optional.empty();
        }
        consumer.seek(tp, offset);
        for (int polls = 0; polls < 20; polls++) {
            for (ConsumerRecord<String, String> r : consumer.poll(POLL)) {
                if (r.offset() == offset) {
                    return Optional.of(r);
                }
                if (r.offset() > offset) {
                    return Optional.empty(); // compacted or a transaction marker: nothing there
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        consumer.close();
    }

    static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** The record's envelope, when it is one (a malformed record has none). */
    static Optional<CloudEvent> envelope(ConsumerRecord<String, String> r) {
        try {
            return Optional.of(EventJson.read(r.value()));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    static Long number(String s) {
        try {
            return s == null ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
