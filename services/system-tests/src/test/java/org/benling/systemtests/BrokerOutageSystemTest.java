package org.benling.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The broker and a consumer go away under load (the chaos scenarios R1 and R2 of docs/reliability.md), while HR enters
 * training records through the gateway: every record answered 201 reaches assessment's profile exactly once afterwards
 * (none lost, none counted twice) and the outbox drains.
 * <ul>
 * <li>R1: Kafka stopped for thirty seconds and started again — the records wait in training's outbox, consumers
 * reconnect;</li>
 * <li>R2: every instance of assessment, the consumer, killed (SIGKILL) mid-stream and started again — what it had
 * received but not committed is delivered again and the inbox applies it once.</li>
 * </ul>
 */
class BrokerOutageSystemTest {

    @Test
    void r1TheBrokerStoppedThirtySecondsLosesAndDoublesNothing() throws Exception {
        Outcome outcome = underLoad("R1", 36, () -> {
            Stack.pause(5_000);
            long stoppedAt = System.nanoTime();
            stop("kafka", false);
            Stack.pause(30_000);
            startMissing();
            return (System.nanoTime() - stoppedAt) / 1_000_000;
        });
        System.out.printf("R1 broker stopped: %s%n", outcome);
    }

    @Test
    void r2TheConsumerKilledMidStreamCountsNothingTwice() throws Exception {
        Outcome outcome = underLoad("R2", 24, () -> {
            Stack.pause(6_000);
            long killedAt = System.nanoTime();
            stop("assessment", true);
            if (Integer.getInteger("benling.replicas", 1) > 1) {
                stop("assessment-2", true);
            }
            startMissing();
            return (System.nanoTime() - killedAt) / 1_000_000;
        });
        System.out.printf("R2 consumer killed: %s%n", outcome);
    }

    record Outcome(long outageMillis, Map<Integer, Integer> answers, int accepted, long drainedMillis) {
        @Override
        public String toString() {
            return String.format("out %.1f s, answers %s, %d records accepted, each in the profile once, outbox drained"
                    + " and profiles complete %.1f s after the last write", outageMillis / 1000.0, answers, accepted,
                    drainedMillis / 1000.0);
        }
    }

    interface Fault {
        long inject() throws Exception;
    }

    /** HR writes four records a second for {@code seconds} while the fault happens; then everything is checked. */
    private static Outcome underLoad(String name, int seconds, Fault fault) throws Exception {
        Stack.Fixture fixture = Stack.newUnit(name, 2);
        String stamp = name + " " + fixture.stamp();
        Map<String, BigDecimal> before = new HashMap<>();
        for (String cadre : fixture.cadres()) {
            before.put(cadre, Stack.profileHours(cadre));
        }
        Map<String, BigDecimal> accepted = new ConcurrentHashMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        long began = System.nanoTime();
        Thread writer = new Thread(() -> {
            int i = 0;
            while (System.nanoTime() - began < TimeUnit.SECONDS.toNanos(seconds)) {
                String cadre = fixture.cadres().get(i++ % 2);
                Map<String, Object> body = Map.of("cadreId", cadre, "title", stamp, "capabilities", List.of("LEARNING"),
                        "hours", "1.0", "completedOn", Stack.today().minusDays(1).toString(), "evidence", name);
                String key = UUID.randomUUID().toString();
                Response r = Stack.as(Stack.HR).header("Idempotency-Key", key).body(body).post("/api/training/records");
                if (r.statusCode() == 503) {
                    // as a client does: once more with the same key after the Retry-After it was given
                    Stack.pause(1_000);
                    r = Stack.as(Stack.HR).header("Idempotency-Key", key).body(body).post("/api/training/records");
                }
                synchronized (statuses) {
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                }
                if (r.statusCode() == 201 || r.statusCode() == 200) {
                    accepted.merge(cadre, BigDecimal.ONE, BigDecimal::add);
                } else {
                    wrong.add(r.statusCode() + " " + r.asString());
                }
                Stack.pause(250);
            }
        });
        writer.start();
        long outage = fault.inject();
        writer.join(TimeUnit.SECONDS.toMillis(seconds + 120));
        long ended = System.nanoTime();

        assertEquals(List.of(), wrong, "writes not accepted");
        for (String cadre : fixture.cadres()) {
            List<String> kept = Stack.as(Stack.HR).queryParam("cadreId", cadre).get("/api/training/records").then()
                    .statusCode(200).extract().path("findAll { it.title == '" + stamp + "' }.id");
            assertEquals(accepted.get(cadre).intValue(), kept.size(), "records kept of " + cadre);
            BigDecimal expected = before.get(cadre).add(accepted.get(cadre));
            // once: more would be a delivery applied twice, less one lost
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Stack.profileHours(cadre), hours -> hours.compareTo(expected) >= 0);
            Stack.pause(3_000);
            assertEquals(0, expected.compareTo(Stack.profileHours(cadre)), "hours of " + cadre + " in the profile");
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> pendingOutbox("training") == 0);
        int total = accepted.values().stream().mapToInt(BigDecimal::intValue).sum();
        return new Outcome(outage, statuses, total, (System.nanoTime() - ended) / 1_000_000);
    }

    private static long pendingOutbox(String service) throws Exception {
        try (var db = Stack.database(service); var q = db.prepareStatement("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
                var rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Ends a component the launcher started (its pid file): SIGTERM to its process group, or SIGKILL; waits for it. */
    private static void stop(String component, boolean kill) throws Exception {
        Path pidFile = Path.of(System.getProperty("benling.home"), "run", component + ".pid");
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(component + " is not running"));
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process);
        all.forEach(p -> {
            if (kill) {
                p.destroyForcibly();
            } else {
                p.destroy();
            }
        });
        for (ProcessHandle p : all) {
            p.onExit().get(60, TimeUnit.SECONDS);
        }
    }

    /** The launcher starts what is missing, leaving the rest running. */
    private static void startMissing() throws Exception {
        Process start = new ProcessBuilder(System.getProperty("benling.launcher"), "start", "--replicas",
                String.valueOf(Integer.getInteger("benling.replicas", 1)))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(start.waitFor(5, TimeUnit.MINUTES), "the launcher did not finish starting what was stopped");
        assertEquals(0, start.exitValue(), "the launcher could not start what was stopped");
    }
}
