package org.benling.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.benling.contracts.events.CloudEvent;
import org.benling.contracts.events.EventJson;
import org.benling.platform.outbox.Outbox;
import org.benling.platform.outbox.OutboxRelay;
import org.benling.platform.probe.Probe;
import org.benling.testing.KafkaBroker;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxRelayFlowTest {

    static final int KEYS = 5;
    static final int PER_PHASE = 100;

    @Inject Outbox outbox;
    @Inject EntityManager em;
    @Inject OutboxRelay relay;
    @Inject org.benling.platform.outbox.OutboxConfig config;

    @Test
    void noEventIsLostWhenTheBrokerStopsAndRestartsMidStreamAndEachKeyStaysInOrder() throws Exception {
        KafkaBroker broker = KafkaBroker.shared();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Set<UUID> written = new LinkedHashSet<>();
        int[] seq = new int[KEYS];

        write(run, seq, written);
        await().atMost(Duration.ofSeconds(60)).until(() -> pending() == 0);

        broker.stop();
        try {
            write(run, seq, written);
            // the relay tries, fails, and keeps the rows with a retry scheduled
            await().atMost(Duration.ofSeconds(60)).until(() -> failedAttempts() > 0);
            assertTrue(pending() > 0);
        } finally {
            broker.start();
        }
        write(run, seq, written);
        await().atMost(Duration.ofSeconds(120)).until(() -> pending() == 0);

        List<ConsumerRecord<String, String>> records;
        try (KafkaCompanion kafka = broker.companion()) {
            var task = kafka.consumeStrings().fromTopics("platform.relay");
            await().atMost(Duration.ofSeconds(60)).until(() -> task.getRecords().stream()
                    .filter(r -> r.key().startsWith(run)).count() >= written.size());
            task.stop();
            records = task.getRecords();
        }
        Map<String, List<Integer>> seqByKey = new HashMap<>();
        Set<UUID> seen = new LinkedHashSet<>();
        for (ConsumerRecord<String, String> r : records) {
            CloudEvent event = EventJson.read(r.value());
            if (!r.key().startsWith(run) || !seen.add(event.id())) {
                continue; // another run's records, or an at-least-once redelivery of one already seen
            }
            Probe probe = EventJson.data(event, Probe.ON_RELAY_TOPIC);
            assertEquals(r.key(), event.subject());
            seqByKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(probe.seq());
        }
        assertEquals(written, seen, "every outbox row reached the topic");
        for (Map.Entry<String, List<Integer>> key : seqByKey.entrySet()) {
            List<Integer> sorted = new ArrayList<>(key.getValue());
            sorted.sort(Integer::compare);
            assertEquals(sorted, key.getValue(), "events of key " + key.getKey() + " out of order");
        }
        assertEquals(KEYS, seqByKey.size());
    }

    @Test
    void anEventOfARolledBackTransactionNeverReachesTheTableOrTheTopic() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        UUID[] rolledBack = new UUID[1];
        RuntimeException refused = new IllegalStateException("the business rule refused after the event was written");
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                rolledBack[0] = outbox.publish(Probe.ON_RELAY_TOPIC, Probe.SOURCE, run + "-rolled-back",
                        new Probe(run + "-rolled-back", 1, "never")).id();
                throw refused;
            });
        } catch (IllegalStateException e) {
            assertEquals(refused, e);
        }
        // a committed event after it: once it is on the topic, the relay has passed the point where the other was
        UUID committed = QuarkusTransaction.requiringNew().call(() -> outbox.publish(Probe.ON_RELAY_TOPIC, Probe.SOURCE,
                run + "-committed", new Probe(run + "-committed", 1, "kept")).id());
        assertEquals(0, count("SELECT count(*) FROM outbox_event WHERE event_id = '" + rolledBack[0] + "'"));
        try (KafkaCompanion kafka = KafkaBroker.shared().companion()) {
            var task = kafka.consumeStrings().fromTopics("platform.relay");
            await().atMost(Duration.ofSeconds(60)).until(() -> task.getRecords().stream()
                    .anyMatch(r -> r.key().equals(run + "-committed")));
            await().atMost(Duration.ofSeconds(60)).until(() -> pending() == 0);
            task.stop();
            List<ConsumerRecord<String, String>> mine = task.getRecords().stream()
                    .filter(r -> r.key().startsWith(run)).toList();
            assertEquals(List.of(run + "-committed"), mine.stream().map(ConsumerRecord::key).distinct().toList());
            assertTrue(mine.stream().noneMatch(r -> EventJson.read(r.value()).id().equals(rolledBack[0])));
            assertTrue(mine.stream().anyMatch(r -> EventJson.read(r.value()).id().equals(committed)));
        }
    }

    @Test
    void twoRelaysAtOnceShareTheSlotsAndEveryKeyStaysInOrder() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int keys = 24;
        int events = 1200;
        Set<UUID> written = new LinkedHashSet<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < events; i++) {
                String key = run + "-" + (i % keys);
                written.add(outbox.publish(Probe.ON_RELAY_TOPIC, Probe.SOURCE, key, new Probe(key, i / keys + 1, "n")).id());
            }
        });
        // two more relays beside the scheduled one, as two more replicas of the service would run them
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> relays = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                relays.add(pool.submit(() -> {
                    int sent = 0;
                    while (pending() > 0) {
                        sent += relay.relayAll();
                    }
                    return sent;
                }));
            }
            for (var f : relays) {
                f.get(120, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, List<Integer>> seqByKey = new HashMap<>();
        Set<UUID> seen = new LinkedHashSet<>();
        try (KafkaCompanion kafka = KafkaBroker.shared().companion()) {
            var task = kafka.consumeStrings().fromTopics("platform.relay");
            await().atMost(Duration.ofSeconds(60)).until(() -> task.getRecords().stream()
                    .filter(r -> r.key().startsWith(run)).count() >= events);
            task.stop();
            for (ConsumerRecord<String, String> r : task.getRecords()) {
                CloudEvent event = EventJson.read(r.value());
                if (r.key().startsWith(run) && seen.add(event.id())) {
                    seqByKey.computeIfAbsent(r.key(), k -> new ArrayList<>())
                            .add(EventJson.data(event, Probe.ON_RELAY_TOPIC).seq());
                }
            }
        }
        assertEquals(written, seen, "every row reached the topic");
        for (Map.Entry<String, List<Integer>> key : seqByKey.entrySet()) {
            List<Integer> sorted = new ArrayList<>(key.getValue());
            sorted.sort(Integer::compare);
            assertEquals(sorted, key.getValue(), "events of key " + key.getKey() + " out of order");
        }
    }

    @Test
    void aSlotHeldByAnotherInstanceIsLeftToItWhileTheOtherSlotsAreRelayed() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String held = run + "-held";
        int slot = slotOf(held);
        String other = java.util.stream.IntStream.range(0, 100).mapToObj(i -> run + "-free-" + i)
                .filter(k -> slotOf(k) != slot).findFirst().orElseThrow();
        var locked = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        // "another instance": a transaction that holds the slot's lock, as a relay batch of that slot does
        Thread holder = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("SELECT pg_advisory_xact_lock(:space, :slot)").setParameter("space", OutboxRelay.SLOT_LOCKS)
                    .setParameter("slot", slot).getSingleResult();
            locked.countDown();
            try {
                release.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        holder.start();
        try {
            assertTrue(locked.await(30, java.util.concurrent.TimeUnit.SECONDS));
            UUID waiting = QuarkusTransaction.requiringNew().call(() ->
                    outbox.publish(Probe.ON_RELAY_TOPIC, Probe.SOURCE, held, new Probe(held, 1, "n")).id());
            UUID free = QuarkusTransaction.requiringNew().call(() ->
                    outbox.publish(Probe.ON_RELAY_TOPIC, Probe.SOURCE, other, new Probe(other, 1, "n")).id());
            await().atMost(Duration.ofSeconds(30)).until(() -> sent(free));
            relay.relayAll();
            assertTrue(!sent(waiting), "the held slot's row waits for the instance that holds it");
        } finally {
            release.countDown();
            holder.join();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> pending() == 0);
    }

    /**
     * Through a backlog the slots advance together, a batch of each and then the next of each, so that a slot's batch
     * never passes over the others' whole backlog first (draining one slot before the next made each batch's query
     * longer than the one before: quadratic in the backlog, docs/benchmarks.md "Scale mode").
     */
    @Test
    void throughABacklogTheSlotsAdvanceTogetherABatchOfEachAtATime() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String a = run + "-a";
        String b = java.util.stream.IntStream.range(0, 100).mapToObj(i -> run + "-b-" + i)
                .filter(k -> slotOf(k) != slotOf(a)).findFirst().orElseThrow();
        int rows = 3 * config.batchSize();
        QuarkusTransaction.requiringNew().run(() -> outbox.publishAll(java.util.stream.IntStream.range(0, 2 * rows)
                .mapToObj(i -> {
                    String key = i % 2 == 0 ? a : b;
                    return new Outbox.Pending<>(Probe.ON_RELAY_TOPIC, Probe.SOURCE, key, new Probe(key, i / 2 + 1, "n"));
                }).toList()));
        await().atMost(Duration.ofSeconds(120)).until(() -> count("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL"
                + " AND record_key IN ('" + a + "', '" + b + "')") == 0);

        List<java.time.Instant> batchesOfA = batches(a);
        List<java.time.Instant> batchesOfB = batches(b);
        assertTrue(batchesOfA.size() >= 3 && batchesOfB.size() >= 3, batchesOfA + " / " + batchesOfB);
        for (int k = 0; k + 1 < 3; k++) {
            assertTrue(batchesOfA.get(k).isBefore(batchesOfB.get(k + 1)) && batchesOfB.get(k).isBefore(batchesOfA.get(k + 1)),
                    "batch " + (k + 1) + " of each slot before batch " + (k + 2) + " of the other: " + batchesOfA + " / " + batchesOfB);
        }
    }

    /** When a key's rows were sent, a batch (one transaction, one {@code now()}) at a time, in order. */
    @SuppressWarnings("unchecked")
    private List<java.time.Instant> batches(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object>) em.createNativeQuery(
                "SELECT DISTINCT sent_at FROM outbox_event WHERE record_key = :key ORDER BY sent_at")
                .setParameter("key", key).getResultList()).stream().map(t -> t instanceof java.time.OffsetDateTime o
                        ? o.toInstant() : (java.time.Instant) t).toList());
    }

    private int slotOf(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT (hashtext(:key)::bigint & 2147483647) % :slots").setParameter("key", key)
                .setParameter("slots", 8).getSingleResult()).intValue());
    }

    private boolean sent(UUID eventId) {
        return count("SELECT count(*) FROM outbox_event WHERE sent_at IS NOT NULL AND event_id = '" + eventId + "'") == 1;
    }

    private void write(String run, int[] seq, Set<UUID> written) {
        for (int i = 0; i < PER_PHASE; i++) {
            int k = i % KEYS;
            String key = run + "-" + k;
            int s = ++seq[k];
            written.add(QuarkusTransaction.requiringNew().call(() ->
                    outbox.publish(Probe.ON_RELAY_TOPIC, Probe.SOURCE, key, new Probe(key, s, "n")).id()));
        }
    }

    private long pending() {
        return count("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
    }

    private long failedAttempts() {
        return count("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL AND attempts > 0");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }
}
