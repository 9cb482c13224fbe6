package org.benling.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Poison on a live topic under load (the chaos scenario R3 of docs/reliability.md): while HR enters training records
 * through the gateway, malformed records, events of a version nobody knows and well-formed events forged under another
 * service's name are written to {@code training.records} between them, keyed by the same cadres. Every injected record
 * lands on {@code training.records.dlq} once for each of the topic's consumers with its reason, none touches a
 * profile, and every record HR entered reaches assessment's profile once: the consumer went on. Replayed from the DLQ, each is refused again for the same
 * reason (a replay applies only what a fix made acceptable).
 */
class PoisonSystemTest {

    static final int EACH = 10;
    /** The consumers of training.records: each refuses each injected record, once, to the topic's DLQ. */
    static final List<String> CONSUMERS = List.of("assessment-training", "notification-training");

    @Test
    void poisonUnknownVersionsAndForgeriesGoToTheDeadLetterTopicAndTheLoadGoesOn() throws Exception {
        Stack.Fixture fixture = Stack.newUnit("R3", 2);
        String stamp = "R3-" + fixture.stamp();
        Map<String, BigDecimal> before = new HashMap<>();
        for (String cadre : fixture.cadres()) {
            before.put(cadre, Stack.profileHours(cadre));
        }
        Map<String, String> injected = new HashMap<>(); // marker -> the reason it must be refused for
        TrainingLoad load;
        try (KafkaConsumer<String, String> dlq = dlqFromNow(); KafkaProducer<String, String> producer = producer()) {
            load = TrainingLoad.start(fixture, stamp, "毒消息测试", 15, 200, TrainingLoad.During.NOTHING);
            for (int i = 0; i < EACH; i++) {
                String cadre = fixture.cadres().get(i % 2);
                String malformed = "{ poison " + stamp + "-" + i;
                injected.put(malformed, "MALFORMED");
                String unknown = event(UUID.randomUUID(), "/benling/training", "org.benling.training.TrainingCompleted.v99", cadre, stamp);
                injected.put(unknown, "UNKNOWN_TYPE");
                // well-formed and of the right type, but written under assessment's name: a hundred hours if trusted
                String forged = event(UUID.randomUUID(), "/benling/assessment", "org.benling.training.TrainingCompleted.v1", cadre, stamp);
                injected.put(forged, "FOREIGN_SOURCE");
                for (String value : List.of(malformed, unknown, forged)) {
                    producer.send(new ProducerRecord<>("training.records", cadre, value)).get(10, TimeUnit.SECONDS);
                }
                Stack.pause(1_000);
            }
            load.join(60);

            // every injected record on the DLQ once, with the reason it deserves
            Map<String, List<String>> refused = new HashMap<>();
            Map<String, Map<String, Object>> positions = new HashMap<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (refused.values().stream().mapToInt(List::size).sum() < injected.size() * CONSUMERS.size()
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : dlq.poll(Duration.ofSeconds(1))) {
                    if (injected.containsKey(r.value())) {
                        refused.computeIfAbsent(r.value(), v -> new ArrayList<>()).add(reason(r));
                        if (reason(r).endsWith("[consumer assessment-training]")) {
                            positions.put(r.value(), Map.of("topic", r.topic(), "partition", r.partition(), "offset", r.offset()));
                        }
                    }
                }
            }
            dlq.poll(Duration.ofSeconds(3)).forEach(r -> {
                if (injected.containsKey(r.value())) {
                    refused.computeIfAbsent(r.value(), v -> new ArrayList<>()).add(reason(r));
                }
            });
            assertEquals(injected.size(), refused.size(), "injected records on the DLQ");
            injected.forEach((value, why) -> {
                List<String> reasons = refused.get(value);
                for (String consumer : CONSUMERS) {
                    List<String> its = reasons.stream().filter(r -> r.endsWith("[consumer " + consumer + "]")).toList();
                    assertEquals(1, its.size(), "dead-lettered once by " + consumer + ": " + value + " " + reasons);
                    assertTrue(its.get(0).startsWith(why), why + " expected, was " + its.get(0));
                }
            });
            // replayed (whichever instance answers), each is refused again for the same reason and applies nothing
            List<String> values = new ArrayList<>(injected.keySet());
            List<Map<String, Object>> replayed = Stack.as("admin").body(Map.of("records", values.stream().map(positions::get).toList()))
                    .post("/api/assessment/dead-letters/replay").then().statusCode(200).extract().path("$");
            for (int i = 0; i < values.size(); i++) {
                assertEquals("REFUSED", replayed.get(i).get("outcome"), replayed.get(i).toString());
                assertTrue(String.valueOf(replayed.get(i).get("detail")).startsWith(injected.get(values.get(i))), replayed.get(i).toString());
            }
        }
        assertEquals(List.of(), load.wrong(), "answers other than 201 while poison was on the topic");
        // every record HR entered is in the profile once, and nothing of the forged hundred hours
        for (String cadre : fixture.cadres()) {
            BigDecimal expected = before.get(cadre).add(load.accepted(cadre));
            org.awaitility.Awaitility.await().atMost(Stack.WITHIN).until(() -> Stack.profileHours(cadre).compareTo(expected) == 0);
        }
        System.out.printf("R3: %d records entered (answers %s), %d injected (%d malformed, %d unknown version, %d forged),"
                + " %d dead-lettered once by each of the topic's %d consumers, 0 applied; replayed, %d refused again%n", load.answers().values().stream().mapToInt(Integer::intValue).sum(),
                load.answers(), injected.size(), EACH, EACH, EACH, injected.size(), CONSUMERS.size(), injected.size());
    }

    private static String event(UUID id, String source, String type, String cadre, String stamp) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"%s","subject":"%s","time":"%sT08:00:00+08:00",\
                "datacontenttype":"application/json","data":{"recordId":"%s","cadreId":"%s","courseId":null,\
                "title":"%s","source":"EXTERNAL","capabilities":["LEARNING"],"hours":100.0,"online":false,\
                "completedOn":"%s"}}""".formatted(id, source, type, cadre, Stack.today(), UUID.randomUUID(), cadre,
                stamp, Stack.today().minusDays(1));
    }

    private static String reason(ConsumerRecord<String, String> r) {
        var header = r.headers().lastHeader("dead-letter-reason");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static KafkaProducer<String, String> producer() {
        Map<String, Object> config = Stack.kafkaAdmin();
        config.put("acks", "all");
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** A reader of the DLQ from its current end: only what this test causes. */
    private static KafkaConsumer<String, String> dlqFromNow() {
        Map<String, Object> config = Stack.kafkaAdmin();
        config.put("enable.auto.commit", false);
        var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor("training.records.dlq").stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes the positions now, before anything is injected
        return consumer;
    }
}
