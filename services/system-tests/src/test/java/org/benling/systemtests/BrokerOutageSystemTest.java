package org.benling.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            Faults.stop("kafka", false);
            Stack.pause(30_000);
            Faults.startMissing();
            return (System.nanoTime() - stoppedAt) / 1_000_000;
        });
        System.out.printf("R1 broker stopped: %s%n", outcome);
    }

    @Test
    void r2TheConsumerKilledMidStreamCountsNothingTwice() throws Exception {
        Outcome outcome = underLoad("R2", 24, () -> {
            Stack.pause(6_000);
            long killedAt = System.nanoTime();
            Faults.stop("assessment", true);
            if (Integer.getInteger("benling.replicas", 1) > 1) {
                Faults.stop("assessment-2", true);
            }
            Faults.startMissing();
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
        Map<String, BigDecimal> before = new HashMap<>();
        for (String cadre : fixture.cadres()) {
            before.put(cadre, Stack.profileHours(cadre));
        }
        TrainingLoad load = TrainingLoad.start(fixture, name + " " + fixture.stamp(), name, seconds, 250,
                TrainingLoad.During.RETRIED_503);
        long outage = fault.inject();
        load.join(seconds + 120);
        long ended = System.nanoTime();

        assertEquals(List.of(), load.wrong(), "writes not accepted");
        load.assertEveryAcceptedKept();
        for (String cadre : fixture.cadres()) {
            BigDecimal expected = before.get(cadre).add(load.accepted(cadre));
            // once: more would be a delivery applied twice, less one lost
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Stack.profileHours(cadre), hours -> hours.compareTo(expected) >= 0);
            Stack.pause(3_000);
            assertEquals(0, expected.compareTo(Stack.profileHours(cadre)), "hours of " + cadre + " in the profile");
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> pendingOutbox("training") == 0);
        return new Outcome(outage, load.answers(), load.total(), (System.nanoTime() - ended) / 1_000_000);
    }

    private static long pendingOutbox(String service) throws Exception {
        try (var db = Stack.database(service); var q = db.prepareStatement("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL");
                var rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
