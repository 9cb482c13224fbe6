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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
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

    static final String HR = Stack.HR;

    @Test
    void writesDuringAnOutageAre503AndNothingAcceptedIsLost() throws Exception {
        Stack.Fixture fixture = Stack.newUnit("DB", 2);
        String stamp = "数据库中断 " + fixture.stamp();
        Map<String, BigDecimal> accepted = new ConcurrentHashMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        long began = System.nanoTime();
        Thread writer = new Thread(() -> {
            int i = 0;
            while (System.nanoTime() - began < TimeUnit.SECONDS.toNanos(32)) {
                String cadre = fixture.cadres().get(i++ % 2);
                Response r = Stack.as(HR).body(Map.of("cadreId", cadre, "title", stamp, "capabilities", List.of("LEARNING"),
                        "hours", "1.0", "completedOn", Stack.today().minusDays(1).toString(), "evidence", "中断测试"))
                        .post("/api/training/records");
                synchronized (statuses) {
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                }
                if (r.statusCode() == 201) {
                    accepted.merge(cadre, BigDecimal.ONE, BigDecimal::add);
                } else if (r.statusCode() != 503 || !r.contentType().startsWith("application/problem+json")
                        || r.header("Retry-After") == null) {
                    wrong.add(r.statusCode() + " " + r.contentType() + " " + r.asString());
                }
                Stack.pause(250);
            }
        });
        writer.start();
        Stack.pause(6_000);
        postgres("stop");
        long stoppedAt = System.nanoTime();
        Stack.pause(10_000);
        postgres("start");
        long outage = (System.nanoTime() - stoppedAt) / 1_000_000;
        writer.join(TimeUnit.SECONDS.toMillis(90));

        assertEquals(List.of(), wrong, "answers other than 201 or a 503 problem with Retry-After");
        assertTrue(statuses.getOrDefault(503, 0) > 0, "the outage was felt: " + statuses);
        // the services answer again, without a restart: the last seconds of writing were accepted
        Response after = Stack.as(HR).body(Map.of("cadreId", fixture.cadres().get(0), "title", stamp,
                "capabilities", List.of("LEARNING"), "hours", "1.0", "completedOn", Stack.today().minusDays(1).toString(),
                "evidence", "中断之后")).post("/api/training/records");
        assertEquals(201, after.statusCode(), after.asString());
        accepted.merge(fixture.cadres().get(0), BigDecimal.ONE, BigDecimal::add);

        for (String cadre : fixture.cadres()) {
            List<String> kept = Stack.as(HR).queryParam("cadreId", cadre).get("/api/training/records").then()
                    .statusCode(200).extract().path("findAll { it.title == '" + stamp + "' }.id");
            assertEquals(accepted.get(cadre).intValue(), kept.size(), "records of " + cadre + " answered 201 and kept");
            await().atMost(Stack.WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertEquals(0,
                    accepted.get(cadre).compareTo(Stack.profileHours(cadre)), "hours of " + cadre + " in the profile, once"));
        }
        System.out.printf("database outage: %d ms; answers %s; %d records kept, every one in the profile once%n",
                outage, statuses, accepted.values().stream().mapToInt(BigDecimal::intValue).sum());
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
