package org.benling.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How many events the services' consumers have still to read: the sum, over every consumer group of a Benling service,
 * of each partition's end offset minus the group's committed offset. {@code ./benling} runs this file as a program
 * (Java's single-file source launch with the broker's jars, like {@link KafkaAccess}) to wait until a freshly started
 * stack has taken in its demo data before the system tests run:
 * {@code java -cp "kafka/lib/*" KafkaLag.java <bootstrap servers> <admin password>} prints one number.
 */
public final class KafkaLag {

    private KafkaLag() {
    }

    public static void main(String[] args) throws Exception {
        Properties config = new Properties();
        config.put("bootstrap.servers", args[0]);
        config.put("security.protocol", "SASL_PLAINTEXT");
        config.put("sasl.mechanism", "SCRAM-SHA-512");
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\""
                + " password=\"" + args[1] + "\";");
        config.put("request.timeout.ms", "10000");
        try (Admin admin = Admin.create(config)) {
            long lag = 0;
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
                if (group.groupId().startsWith("integration")) {
                    continue; // the other systems' groups read at their own pace
                }
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
                for (var entry : committed.entrySet()) {
                    if (entry.getValue() != null && ends.containsKey(entry.getKey())) {
                        lag += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
                    }
                }
            }
            System.out.println(lag);
        }
    }
}
