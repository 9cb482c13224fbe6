package org.benling.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Two instances of every service behind the gateway (what {@code ./benling test} starts), and one of each stopped and
 * started again, then killed and started again, while HR writes and reads through the gateway (docs/reliability.md):
 * <ul>
 * <li>no write is lost; a request may be retried once when it met an instance as it went away — a GET as it is, a
 * write with the same {@code Idempotency-Key} (an instance killed mid-request may or may not have committed it: the
 * key makes the retry return the first record instead of entering a second) — no more;</li>
 * <li>every event is applied exactly once: the hours of every training record written reach assessment's profile
 * once (twice would double them);</li>
 * <li>every scheduled job ran once per fire time across the two instances (each service's job log);</li>
 * <li>the two instances of a consuming service split each topic's partitions in its consumer group.</li>
 * </ul>
 * The second instance of a service is stopped as Kubernetes or the launcher stops it (SIGTERM: not ready first,
 * then a graceful end), then the launcher starts what is missing; then it is killed (SIGKILL: a lost node, the OOM
 * killer), and started again.
 */
@EnabledIf("twoInstances")
class ReplicasSystemTest {

    static final List<String> SERVICES = List.of("personnel", "training", "assessment", "rotation", "inspection",
            "notification");
    static final String HR = Stack.HR;

    static boolean twoInstances() {
        return Integer.getInteger("benling.replicas", 1) >= 2;
    }

    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger retriedReads = new AtomicInteger();
    private final AtomicInteger retriedWrites = new AtomicInteger();
    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, BigDecimal> hoursWritten = new ConcurrentHashMap<>();

    @Test
    void aReplicaOfEveryServiceStopsAndStartsAgainUnderLoadAndNothingIsLostOrDoneTwice() throws Exception {
        Stack.Fixture fixture = Stack.newUnit("RP", 3);
        List<String> cadres = fixture.cadres();
        Instant began = Instant.now();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(2);
        Future<?> writer = load.submit(() -> {
            int i = 0;
            while (running.get()) {
                String cadre = cadres.get(i++ % cadres.size());
                write(cadre);
                Stack.pause(150);
            }
        });
        Future<?> reader = load.submit(() -> {
            int i = 0;
            while (running.get()) {
                String cadre = cadres.get(i++ % cadres.size());
                read("/api/cadres/" + cadre);
                read("/api/training/records?cadreId=" + cadre);
                read("/api/assessment/profiles/" + cadre);
                read("/api/rotation/eligibility/" + cadre);
                read("/api/inspection/rounds?size=5");
                // about 15 reads and 6 writes a second: well inside HR's rate limit (30 a second)
                Stack.pause(300);
            }
        });
        long stopped;
        long restarted;
        long restartedAfterKill;
        try {
            Stack.pause(5_000);
            long t0 = System.nanoTime();
            for (String service : SERVICES) {
                Faults.stop(service + "-2", false);
            }
            stopped = (System.nanoTime() - t0) / 1_000_000;
            Stack.pause(3_000);
            t0 = System.nanoTime();
            Faults.startMissing();
            restarted = (System.nanoTime() - t0) / 1_000_000;
            Stack.pause(5_000);
            for (String service : SERVICES) {
                Faults.stop(service + "-2", true);
            }
            Stack.pause(3_000);
            t0 = System.nanoTime();
            Faults.startMissing();
            restartedAfterKill = (System.nanoTime() - t0) / 1_000_000;
            Stack.pause(5_000);
        } finally {
            running.set(false);
            writer.get(60, TimeUnit.SECONDS);
            reader.get(60, TimeUnit.SECONDS);
            load.shutdownNow();
        }

        assertEquals(List.of(), failures, "requests lost while an instance of each service stopped, was killed, started");
        // every training record's hours reach the assessment profile once
        for (String cadre : cadres) {
            BigDecimal written = hoursWritten.getOrDefault(cadre, BigDecimal.ZERO);
            await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertEquals(0, written.compareTo(Stack.profileHours(cadre)), "hours of " + cadre + " in the profile"));
        }
        // every scheduled job ran once per fire time, whichever instance ran it
        int jobRuns = 0;
        for (String service : SERVICES) {
            assertEquals(List.of(), doubleRuns(service, began), "jobs of " + service + " that ran twice");
            jobRuns += runsSince(service, began);
        }
        assertTrue(jobRuns > 0, "the demo loaders' schedules fired during the run");
        // both instances consume: each topic's partitions are split between a consumer of each instance
        for (String service : List.of("training", "assessment", "rotation", "inspection", "notification")) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                    assertEquals(Map.of(), topicsNotSplit(service), service + ": topics whose partitions one consumer holds"));
        }
        System.out.printf("replicas: %d writes (%d retried once with their key), %d reads (%d retried once), 0 lost;"
                + " 6 instances stopped in %d ms, started again in %d ms, killed and started again in %d ms;"
                + " %d scheduled job runs, none twice%n", writes.get(), retriedWrites.get(), reads.get(),
                retriedReads.get(), stopped, restarted, restartedAfterKill, jobRuns);
    }

    /**
     * A training record of one hour (学习本领) for the cadre: must succeed, once. Retried once with the same
     * Idempotency-Key when it met an instance going away (502, 503, 504): 201 if the first attempt entered nothing,
     * 200 with the first record if it did.
     */
    private void write(String cadre) {
        String key = "replicas-" + java.util.UUID.randomUUID();
        Map<String, Object> record = Map.of("cadreId", cadre, "title", "副本测试学习", "capabilities", List.of("LEARNING"),
                "hours", "1.0", "completedOn", Stack.today().minusDays(1).toString(), "evidence", "副本测试 RP");
        writes.incrementAndGet();
        Response r = Stack.as(HR).header("Idempotency-Key", key).body(record).post("/api/training/records");
        if (r.statusCode() >= 502 && r.statusCode() <= 504) {
            retriedWrites.incrementAndGet();
            r = Stack.as(HR).header("Idempotency-Key", key).body(record).post("/api/training/records");
        }
        if (r.statusCode() == 201 || r.statusCode() == 200) {
            hoursWritten.merge(cadre, BigDecimal.ONE, BigDecimal::add);
        } else {
            failures.add("POST /api/training/records → " + r.statusCode() + " " + r.asString());
        }
    }

    /** A read that must succeed, retried once when it met an instance going away (502, 503, 504). */
    private void read(String path) {
        reads.incrementAndGet();
        int status = Stack.as(HR).get(path).statusCode();
        if (status >= 502 && status <= 504) {
            retriedReads.incrementAndGet();
            status = Stack.as(HR).get(path).statusCode();
        }
        if (status != 200) {
            failures.add("GET " + path + " → " + status);
        }
    }

    /**
     * The topics the service's consumer group reads whose partitions fewer than two consumers hold (one per instance
     * is expected), with the number that do. Asked of the broker as its administrator (the local demo login).
     */
    private static Map<String, Integer> topicsNotSplit(String service) throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Stack.kafkaAdmin())) {
            var group = admin.describeConsumerGroups(List.of(service)).describedGroups().get(service)
                    .get(30, TimeUnit.SECONDS);
            Map<String, java.util.Set<String>> holders = new java.util.TreeMap<>();
            for (var member : group.members()) {
                for (var partition : member.assignment().topicPartitions()) {
                    holders.computeIfAbsent(partition.topic(), t -> new java.util.HashSet<>()).add(member.consumerId());
                }
            }
            Map<String, Integer> notSplit = new java.util.TreeMap<>();
            holders.forEach((topic, consumers) -> {
                if (consumers.size() < 2) {
                    notSplit.put(topic, consumers.size());
                }
            });
            if (holders.isEmpty()) {
                notSplit.put("(no partition assigned)", 0);
            }
            return notSplit;
        }
    }

    /** Jobs of the service that ran more than once for one fire time since the test began. */
    private static List<String> doubleRuns(String service, Instant since) throws Exception {
        List<String> doubles = new ArrayList<>();
        try (Connection db = Stack.database(service); var query = db.prepareStatement("""
                SELECT job, scheduled_for, count(*), string_agg(instance, ', ') FROM scheduled_job_run
                WHERE scheduled_for >= ? GROUP BY job, scheduled_for HAVING count(*) > 1""")) {
            query.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    doubles.add(rs.getString(1) + " at " + rs.getTimestamp(2) + " × " + rs.getInt(3) + " (" + rs.getString(4) + ")");
                }
            }
        }
        return doubles;
    }

    private static int runsSince(String service, Instant since) throws Exception {
        try (Connection db = Stack.database(service);
                var query = db.prepareStatement("SELECT count(*) FROM scheduled_job_run WHERE scheduled_for >= ?")) {
            query.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
