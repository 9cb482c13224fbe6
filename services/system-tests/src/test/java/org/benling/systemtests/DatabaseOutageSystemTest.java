package org.benling.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops for ten seconds while HR enters training records through the gateway (the chaos scenario R4 of
 * docs/reliability.md): every answer is a 201 or a 503 problem with Retry-After — never a 500, never a 2xx for a record
 * that was not kept; every record answered 201 is there afterwards and its hours reach assessment's profile once (the
 * consumers waited for the database instead of dead-lettering); the services answer again without a restart.
 */
class DatabaseOutageSystemTest {

    @Test
    void writesDuringAnOutageAre503AndNothingAcceptedIsLost() throws Exception {
        Stack.Fixture fixture = Stack.newUnit("DB", 2);
        String stamp = "数据库中断 " + fixture.stamp();
        TrainingLoad load = TrainingLoad.start(fixture, stamp, "中断测试", 32, 250, TrainingLoad.During.PROBLEM_503);
        Stack.pause(6_000);
        postgres("stop");
        long stoppedAt = System.nanoTime();
        Stack.pause(10_000);
        postgres("start");
        long outage = (System.nanoTime() - stoppedAt) / 1_000_000;
        load.join(90);

        assertEquals(List.of(), load.wrong(), "answers other than 201 or a 503 problem with Retry-After");
        assertTrue(load.answers().getOrDefault(503, 0) > 0, "the outage was felt: " + load.answers());
        // the services answer again, without a restart: a record written after it is accepted
        load.writeOnce(fixture.cadres().get(0), "中断之后");
        assertEquals(List.of(), load.wrong(), "the write after the outage");

        load.assertEveryAcceptedKept();
        for (String cadre : fixture.cadres()) {
            await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertEquals(0,
                    load.accepted(cadre).compareTo(Stack.profileHours(cadre)), "hours of " + cadre + " in the profile, once"));
        }
        System.out.printf("database outage: %d ms; answers %s; %d records kept, every one in the profile once%n",
                outage, load.answers(), load.total());
    }

    /** Stops or starts the machine's PostgreSQL cluster (Debian's pg_ctlcluster; ./benling test runs as root). */
    private static void postgres(String action) throws Exception {
        String version;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            version = versions.map(p -> p.getFileName().toString()).filter(v -> v.matches("\\d+"))
                    .max(java.util.Comparator.comparingInt(Integer::parseInt)).orElseThrow();
        }
        List<String> command = new ArrayList<>(List.of("pg_ctlcluster", version, "main", action));
        if (!"root".equals(System.getProperty("user.name"))) {
            command.addAll(0, List.of("sudo", "-n"));
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pg_ctlcluster " + action + " did not finish");
        assertEquals(0, p.exitValue(), "pg_ctlcluster " + action + ": " + out);
    }
}
