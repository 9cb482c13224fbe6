package org.benling.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.benling.contracts.events.CloudEvent;
import org.benling.contracts.events.EventJson;
import org.benling.platform.probe.Probe;
import org.benling.platform.probe.ProbeConsumer;
import org.benling.testing.Events;
import org.benling.testing.KafkaBroker;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InboxFlowTest {

    @Inject EntityManager em;
    @Inject MeterRegistry metrics;
    @Inject ProbeConsumer probeConsumer;

    KafkaCompanion kafka;

    @BeforeEach
    void connect() {
        kafka = KafkaBroker.shared().companion();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    /** A redelivery (a restart, a rebalance, a replay) is acknowledged and counted; never dead-lettered (ARCHITECTURE.md). */
    @Test
    void aRedeliveredEventIsAppliedOnceAndTheDuplicateIsAcknowledgedNotDeadLettered() {
        CloudEvent event = probe("k1", "once");
        String json = EventJson.write(event);
        double duplicatesBefore = duplicates();
        ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics("platform.probe.dlq");
        send("k1", json);
        send("k1", json);
        // then a poison record of the same key: once it is on the DLQ, whatever the duplicate led to is there too
        String marker = "{ not an event, after the duplicate " + UUID.randomUUID();
        send("k1", marker);
        CloudEvent next = probe("k1", "after-duplicate");
        send("k1", EventJson.write(next));
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(next.id()) == 1 && dlq.getRecords().stream()
                .anyMatch(r -> r.value().equals(marker)));
        assertEquals(1, effects(event.id()));
        assertEquals("not on the DLQ", reasonOf(dlq, event.id().toString()));
        assertEquals(duplicatesBefore + 1, duplicates(), "the duplicate is counted");
        dlq.stop();
    }

    private double duplicates() {
        var counter = metrics.find("benling.inbox.events").tags("consumer", "platform-test", "outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void poisonMessagesLandOnTheDeadLetterTopicWithTheReasonAndTheConsumerGoesOn() {
        ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics("platform.probe.dlq");
        String garbage = "{ this is not an event " + UUID.randomUUID();
        send("k2", garbage);
        CloudEvent unknown = new CloudEvent("1.0", UUID.randomUUID(), Probe.SOURCE, "org.benling.other.Unknown.v1", "k2",
                TestClock.offsetNow(), "application/json", null, EventJson.mapper().createObjectNode());
        send("k2", EventJson.write(unknown));
        CloudEvent refused = probe("k2", "explode");
        send("k2", EventJson.write(refused));
        // a well-formed event of the topic's type, but sent as another service: not trusted, whatever it says
        CloudEvent forged = EventJson.envelope(Probe.ON_PROBE_TOPIC, "/benling/training", "k2", TestClock.offsetNow(),
                new Probe("k2", 1, "forged"));
        send("k2", EventJson.write(forged));
        CloudEvent good = probe("k2", "good");
        send("k2", EventJson.write(good));

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(good.id()) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> dlq.getRecords().stream().filter(r -> r.key().equals("k2"))
                .count() >= 4);
        assertTrue(reasonOf(dlq, garbage).startsWith("MALFORMED"), reasonOf(dlq, garbage));
        assertTrue(reasonOf(dlq, unknown.id().toString()).startsWith("UNKNOWN_TYPE"));
        assertTrue(reasonOf(dlq, refused.id().toString()).startsWith("HANDLER_FAILED"));
        assertEquals(0, effects(refused.id()));
        assertTrue(reasonOf(dlq, forged.id().toString()).startsWith("FOREIGN_SOURCE"), reasonOf(dlq, forged.id().toString()));
        assertEquals(0, effects(forged.id()));
        dlq.stop();
    }

    /** The database away is the world's failure, not the event's: retried until it is back, never dead-lettered. */
    @Test
    void aTransientFailureIsRetriedUntilAppliedAndAPersistentConflictIsRefusedAfterBoundedAttempts() {
        ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics("platform.probe.dlq");
        CloudEvent away = probe("k3", "database-away");
        CloudEvent conflicting = probe("k3", "always-conflicting");
        CloudEvent after = probe("k3", "after-the-outage");
        send("k3", EventJson.write(away));
        send("k3", EventJson.write(conflicting));
        send("k3", EventJson.write(after));

        await().atMost(Duration.ofSeconds(60)).until(() -> effects(after.id()) == 1);
        assertEquals(1, effects(away.id()), "applied once the database was back");
        assertEquals(4, org.benling.platform.probe.ProbeConsumer.ATTEMPTS.get(away.id()), "three failures, then applied");
        assertEquals(org.benling.platform.inbox.Inbox.CONFLICT_ATTEMPTS,
                org.benling.platform.probe.ProbeConsumer.ATTEMPTS.get(conflicting.id()), "a conflict is tried a bounded number of times");
        await().atMost(Duration.ofSeconds(30)).until(() -> hasDlqRecord(dlq, conflicting.id()));
        assertTrue(reasonOf(dlq, conflicting.id().toString()).startsWith("HANDLER_FAILED"));
        assertEquals("not on the DLQ", reasonOf(dlq, away.id().toString()), "a transient failure is never dead-lettered");
        dlq.stop();
    }

    /**
     * One batch, one transaction; what one event at a time would treat apart is treated apart, with the same outcome,
     * and the order of the key holds. (The test hands the batch to the inbox itself, to decide what it holds.)
     */
    @Test
    void aBatchIsAppliedTogetherAndWhatMustBeTreatedApartIsWithTheSameOutcome() {
        ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics("platform.probe.dlq");
        CloudEvent first = probe("k5", "first");
        String garbage = "{ not an event, in a batch " + UUID.randomUUID();
        CloudEvent away = probe("k5", "database-away");
        CloudEvent explode = probe("k5", "explode");
        CloudEvent last = probe("k5", "last");
        double duplicatesBefore = duplicates();
        long offset = 1_000_000 + new java.util.Random().nextInt(1_000_000);
        List<ConsumerRecord<String, String>> batch = new ArrayList<>();
        for (String value : List.of(EventJson.write(first), garbage, EventJson.write(away), EventJson.write(explode),
                EventJson.write(first), EventJson.write(last))) {
            batch.add(new ConsumerRecord<>("platform.probe", 0, offset + batch.size(), "k5", value));
        }

        probeConsumer.deliver(batch);

        // delivered means decided: applied once each, in the key's order, or refused
        assertEquals(1, effects(first.id()));
        assertEquals(1, effects(away.id()), "retried until the database was back");
        assertEquals(0, effects(explode.id()));
        assertEquals(1, effects(last.id()));
        assertTrue(appliedAt(first.id()).isBefore(appliedAt(away.id())) && appliedAt(away.id()).isBefore(appliedAt(last.id())),
                "in the order of the key");
        assertEquals(4, ProbeConsumer.ATTEMPTS.get(away.id()), "the batch's attempt counts as the first of four");
        assertEquals(1, ProbeConsumer.ATTEMPTS.get(explode.id()), "a permanent failure is not tried again");
        assertEquals(duplicatesBefore + 1, duplicates(), "the repeated event is a duplicate");
        await().atMost(Duration.ofSeconds(30)).until(() -> hasDlqRecord(dlq, explode.id())
                && dlq.getRecords().stream().anyMatch(r -> r.value().equals(garbage)));
        assertTrue(reasonOf(dlq, garbage).startsWith("MALFORMED"), reasonOf(dlq, garbage));
        assertTrue(reasonOf(dlq, explode.id().toString()).startsWith("HANDLER_FAILED"));
        assertTrue(reasonOf(dlq, explode.id().toString()).endsWith("[consumer platform-test]"), "names who refused it");
        ConsumerRecord<String, String> letter = dlq.getRecords().stream().filter(r -> r.value().equals(garbage)).findFirst().orElseThrow();
        assertEquals("platform.probe", header(letter, "dead-letter-topic"));
        assertEquals(Long.toString(offset + 1), header(letter, "dead-letter-offset"));
        assertEquals("k5", letter.key());
        assertEquals("not on the DLQ", reasonOf(dlq, away.id().toString()));
        dlq.stop();
    }

    /**
     * A consumer's step before the commit runs once for a whole batch, in its transaction; when it fails, no event is
     * to blame, and each is applied alone (the one the step cannot take refused, the others applied once each).
     */
    @Test
    void theStepBeforeTheCommitRunsOncePerBatchAndItsFailureHasEachEventAppliedAlone() {
        ConsumerTask<String, String> dlq = kafka.consumeStrings().fromTopics("platform.probe.dlq");
        List<CloudEvent> together = List.of(probe("k6", "step"), probe("k6", "step"), probe("k6", "step"));
        probeConsumer.deliver(records("k6", together));
        assertEquals(List.of(ids(together)), steps(together.get(0).id()), "one step saw the batch's three events");

        CloudEvent before = probe("k7", "step");
        CloudEvent failing = probe("k7", "step-fails");
        CloudEvent after = probe("k7", "step");
        probeConsumer.deliver(records("k7", List.of(before, failing, after)));
        assertEquals(1, effects(before.id()));
        assertEquals(0, effects(failing.id()), "the event the step refuses is rolled back with it");
        assertEquals(1, effects(after.id()));
        assertEquals(List.of(List.of(before.id())), steps(before.id()), "applied alone: a step of its own");
        assertEquals(List.of(List.of(after.id())), steps(after.id()));
        await().atMost(Duration.ofSeconds(30)).until(() -> hasDlqRecord(dlq, failing.id()));
        assertTrue(reasonOf(dlq, failing.id().toString()).startsWith("HANDLER_FAILED"), reasonOf(dlq, failing.id().toString()));
        dlq.stop();
    }

    /** The same event twice in one batch (a producer's retry landing beside its first send): applied once. */
    @Test
    void anEventTwiceInOneBatchIsAppliedAtItsFirstDeliveryAndTheSecondIsADuplicate() {
        CloudEvent twice = probe("k8", "step");
        CloudEvent other = probe("k8", "step");
        double duplicatesBefore = duplicates();
        probeConsumer.deliver(records("k8", List.of(twice, other, twice)));
        assertEquals(1, effects(twice.id()));
        assertEquals(1, effects(other.id()));
        assertEquals(duplicatesBefore + 1, duplicates());
        assertEquals(List.of(List.of(twice.id(), other.id())), steps(twice.id()), "one batch, its step saw each event once");
        assertTrue(appliedAt(twice.id()).compareTo(appliedAt(other.id())) <= 0, "applied where it came first");
    }

    private static List<ConsumerRecord<String, String>> records(String key, List<CloudEvent> events) {
        long offset = 2_000_000 + new java.util.Random().nextInt(1_000_000);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (CloudEvent event : events) {
            records.add(new ConsumerRecord<>("platform.probe", 0, offset + records.size(), key, EventJson.write(event)));
        }
        return records;
    }

    private static List<UUID> ids(List<CloudEvent> events) {
        return events.stream().map(CloudEvent::id).toList();
    }

    /** The steps (each the events it saw, in order) that saw this event. */
    @SuppressWarnings("unchecked")
    private List<List<UUID>> steps(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object>) em
                .createNativeQuery("SELECT events FROM probe_step WHERE :id = ANY(events) ORDER BY id")
                .setParameter("id", eventId).getResultList()).stream().map(a -> List.of((UUID[]) a)).toList());
    }

    private java.time.Instant appliedAt(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> (java.time.Instant) em
                .createNativeQuery("SELECT applied_at FROM probe_effect WHERE event_id = :id")
                .setParameter("id", eventId).getSingleResult());
    }

    private CloudEvent probe(String key, String note) {
        return EventJson.envelope(Probe.ON_PROBE_TOPIC, Probe.SOURCE, key, TestClock.offsetNow(), new Probe(key, 1, note));
    }

    private static void send(String key, String value) {
        Events.send("platform.probe", key, value);
    }

    private long effects(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM probe_effect WHERE event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }

    private static boolean hasDlqRecord(ConsumerTask<String, String> dlq, UUID eventId) {
        return dlq.getRecords().stream().anyMatch(r -> r.value().contains(eventId.toString()));
    }

    private static String reasonOf(ConsumerTask<String, String> dlq, String valuePart) {
        return dlq.getRecords().stream().filter(r -> r.value().contains(valuePart)).findFirst()
                .map(r -> header(r, "dead-letter-reason")).orElse("not on the DLQ");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
