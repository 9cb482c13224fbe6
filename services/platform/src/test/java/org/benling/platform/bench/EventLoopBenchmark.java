package org.benling.platform.bench;

import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.benling.testing.BenchmarkSummary;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.benling.platform.outbox.KafkaClientConfig;
import org.benling.platform.outbox.Outbox;
import org.benling.platform.outbox.OutboxConfig;
import org.benling.platform.probe.Probe;
import org.junit.jupiter.api.Test;

/**
 * The whole event loop — a use case's transaction writes an outbox row, the relay publishes it, Kafka delivers it,
 * the inbox records it and the consumer applies its effect, each in its own transaction — measured end to end:
 * from the writer's commit to the effect's row ({@code probe_effect.applied_at}, the database's clock at the insert,
 * the same machine's clock as the writer's). Two loads: a fixed rate ({@value #RATE} events/s for
 * {@value #SECONDS} s, one event per transaction, p50/p95/p99 of the latency), and a burst of {@value #BURST} events
 * written as fast as one thread can in transactions of {@value #PER_TRANSACTION} (the rate the loop sustains).
 *
 * <p>Baselines in the same JVM, broker and run: raw Kafka at the same fixed rate (a producer with the relay's
 * settings, {@code acks=all}, to a consumer polling the same broker), and the same burst through raw Kafka.
 * Prints numbers; asserts nothing about time. Run with {@code ./benling bench}.
 */
@QuarkusTest
class EventLoopBenchmark {

    static final int RATE = 200;
    static final int SECONDS = 15;
    static final int BURST = 20_000;
    static final int PER_TRANSACTION = 100;
    static final int KEYS = 64;
    static final String RAW_TOPIC = "platform.relay";

    @Inject Outbox outbox;
    @Inject OutboxConfig config;
    @Inject AgroalDataSource dataSource;
    @Inject KafkaClientConfig kafka;

    /** The name of the results file and the mode the lines name. */
    String name() {
        return "event-loop";
    }

    @Test
    void theEventLoopEndToEnd() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "event loop benchmark (%s): outbox -> relay -> Kafka -> inbox -> effect, %d cores, JDK %s",
                config.wakeOnCommit() ? "relay woken on commit, poll every " + config.pollInterval().toMillis() + " ms as safety net"
                        : "relay polls every " + config.pollInterval().toMillis() + " ms, no wake-up",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        // warm-up: the JIT, the connection pools, the consumer's assignment
        burst("warm-" + UUID.randomUUID(), 2_000);

        String run = "fixed-" + UUID.randomUUID();
        Map<UUID, Instant> committed = fixedRate(run);
        Map<UUID, Instant> applied = awaitApplied(run, committed.size());
        List<Double> latency = latencies(committed, applied);
        List<Double> raw = rawFixedRate();
        lines.add(String.format(Locale.ROOT, "fixed rate %d events/s for %d s (%,d events): end to end p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms"
                + " | raw Kafka at the same rate: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms | p99 ratio %.1f",
                RATE, SECONDS, committed.size(), pct(latency, 50), pct(latency, 95), pct(latency, 99), pct(latency, 100),
                pct(raw, 50), pct(raw, 95), pct(raw, 99), pct(latency, 99) / Math.max(pct(raw, 99), 0.001)));

        run = "burst-" + UUID.randomUUID();
        long t0 = System.nanoTime();
        Map<UUID, Instant> burst = burst(run, BURST);
        double written = (System.nanoTime() - t0) / 1e9;
        Map<UUID, Instant> burstApplied = awaitApplied(run, burst.size());
        Instant first = burst.values().stream().min(Instant::compareTo).orElseThrow();
        Instant last = burstApplied.values().stream().max(Instant::compareTo).orElseThrow();
        double seconds = Duration.between(first, last).toNanos() / 1e9;
        double relayed = Duration.between(first, lastSent(run)).toNanos() / 1e9;
        double rawRate = rawBurst();
        lines.add(String.format(Locale.ROOT, "burst of %,d events (written in %.1f s, %d per transaction): all on Kafka %.1f s and all applied"
                + " %.1f s after the first commit = %,.0f events/s relayed, %,.0f events/s sustained end to end | raw Kafka, the same burst"
                + " produced and consumed: %,.0f events/s | ratio %.3f",
                BURST, written, PER_TRANSACTION, relayed, seconds, BURST / relayed, BURST / seconds, rawRate, BURST / seconds / rawRate));
        lines.forEach(System.out::println);
        String relay = config.wakeOnCommit() ? "" : ", the old poll-only relay (for comparison)";
        new BenchmarkSummary(name())
                .add(String.format(Locale.ROOT, "event loop p99 at %d events/s, outbox commit → effect%s (÷ raw Kafka p99)", RATE, relay),
                        BenchmarkSummary.ms(pct(latency, 99)), "raw Kafka " + BenchmarkSummary.ms(pct(raw, 99)),
                        pct(latency, 99) / Math.max(pct(raw, 99), 0.001), "≤ 250 ms")
                .add("event loop sustained, burst of " + String.format(Locale.ROOT, "%,d", BURST) + relay + " (÷ raw Kafka)",
                        String.format(Locale.ROOT, "%,.0f events/s", BURST / seconds),
                        String.format(Locale.ROOT, "raw Kafka %,.0f events/s", rawRate), BURST / seconds / rawRate, "≥ 2,000 events/s")
                .write();
        Path out = Path.of("target", "benchmarks", name() + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
    }

    /** One event per transaction at {@link #RATE} a second; the instant each committed. */
    private Map<UUID, Instant> fixedRate(String run) {
        Map<UUID, Instant> committed = new ConcurrentHashMap<>();
        int total = RATE * SECONDS;
        int[] seq = new int[1];
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        try {
            writer.scheduleAtFixedRate(() -> {
                if (seq[0] >= total) {
                    return;
                }
                int n = seq[0]++;
                String key = run + "-" + (n % KEYS);
                UUID id = QuarkusTransaction.requiringNew().call(() ->
                        outbox.publish(Probe.ON_PROBE_TOPIC, Probe.SOURCE, key, new Probe(key, n, run)).id());
                committed.put(id, Instant.now());
            }, 0, 1_000_000 / RATE, TimeUnit.MICROSECONDS);
            await().atMost(Duration.ofSeconds(SECONDS * 4L)).pollInterval(Duration.ofMillis(50))
                    .until(() -> committed.size() >= total);
        } finally {
            writer.shutdownNow();
        }
        return committed;
    }

    /** {@code count} events in transactions of {@link #PER_TRANSACTION}, as fast as one thread writes them. */
    private Map<UUID, Instant> burst(String run, int count) throws Exception {
        Map<UUID, Instant> committed = new HashMap<>();
        for (int from = 0; from < count; from += PER_TRANSACTION) {
            int start = from;
            List<Outbox.Pending<Probe>> events = new ArrayList<>();
            for (int n = start; n < Math.min(count, start + PER_TRANSACTION); n++) {
                String key = run + "-" + (n % KEYS);
                events.add(new Outbox.Pending<>(Probe.ON_PROBE_TOPIC, Probe.SOURCE, key, new Probe(key, n, run)));
            }
            var ids = QuarkusTransaction.requiringNew().call(() -> outbox.publishAll(events));
            Instant at = Instant.now();
            ids.forEach(e -> committed.put(e.id(), at));
        }
        if (run.startsWith("warm-")) {
            awaitApplied(run, count);
        }
        return committed;
    }

    private Map<UUID, Instant> awaitApplied(String run, int count) {
        return await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> applied(run), applied -> applied.size() >= count);
    }

    /** Each effect of the run and when it was applied. */
    private Map<UUID, Instant> applied(String run) throws Exception {
        Map<UUID, Instant> applied = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT event_id, applied_at FROM probe_effect WHERE note = ?")) {
            q.setString(1, run);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    applied.put(rs.getObject(1, UUID.class), rs.getObject(2, java.time.OffsetDateTime.class).toInstant());
                }
            }
        }
        return applied;
    }

    /** When the relay marked the last row of the run acknowledged (its transaction's time, just after the acks). */
    private Instant lastSent(String run) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT max(sent_at) FROM outbox_event WHERE record_key LIKE ?")) {
            q.setString(1, run + "-%");
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
            }
        }
    }

    private static List<Double> latencies(Map<UUID, Instant> committed, Map<UUID, Instant> applied) {
        List<Double> ms = new ArrayList<>();
        committed.forEach((id, at) -> ms.add(Duration.between(at, applied.get(id)).toNanos() / 1e6));
        return ms;
    }

    static double pct(Collection<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** Raw Kafka at {@link #RATE} a second for 5 s: send to receipt, in this JVM. */
    private List<Double> rawFixedRate() throws Exception {
        String run = "raw-" + UUID.randomUUID();
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Double> ms = new ArrayList<>();
        int total = RATE * 5;
        try (KafkaProducer<String, String> producer = producer(); KafkaConsumer<String, String> consumer = consumer()) {
            ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
            int[] seq = new int[1];
            writer.scheduleAtFixedRate(() -> {
                if (seq[0] < total) {
                    String key = run + "-" + seq[0]++;
                    sentAt.put(key, System.nanoTime());
                    producer.send(new ProducerRecord<>(RAW_TOPIC, key, "{}"));
                }
            }, 0, 1_000_000 / RATE, TimeUnit.MICROSECONDS);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (ms.size() < total && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                    Long at = sentAt.get(r.key());
                    if (at != null && r.key().startsWith(run)) {
                        ms.add((System.nanoTime() - at) / 1e6);
                    }
                }
            }
            writer.shutdownNow();
        }
        return ms;
    }

    /** Raw Kafka: {@link #BURST} records produced as fast as the producer takes them and consumed; records/s. */
    private double rawBurst() {
        String run = "rawburst-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer(); KafkaConsumer<String, String> consumer = consumer()) {
            long t0 = System.nanoTime();
            for (int n = 0; n < BURST; n++) {
                producer.send(new ProducerRecord<>(RAW_TOPIC, run + "-" + (n % KEYS), "{\"seq\":" + n + "}"));
            }
            producer.flush();
            int seen = 0;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (seen < BURST && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                    if (r.key() != null && r.key().startsWith(run)) {
                        seen++;
                    }
                }
            }
            return seen / ((System.nanoTime() - t0) / 1e9);
        }
    }

    private KafkaProducer<String, String> producer() {
        Properties p = kafka.connection();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    /** Assigned every partition of the raw topic at its end, so it sees only what is sent from now on. */
    private KafkaConsumer<String, String> consumer() {
        Properties p = kafka.connection();
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p);
        List<TopicPartition> partitions = consumer.partitionsFor(RAW_TOPIC).stream()
                .map(i -> new TopicPartition(RAW_TOPIC, i.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now, before anything is sent
        return consumer;
    }
}
