package org.benling.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * HR entering one-hour training records for a fixture's cadres, in turn, through the gateway while a reliability
 * scenario breaks something: every answer counted by status, every accepted record counted per cadre, and every
 * answer the scenario does not allow kept with its body.
 */
final class TrainingLoad {

    /** What a write may meet while the fault lasts. */
    enum During {
        /** Nothing but 201: the fault must not reach HR. */
        NOTHING,
        /** A 503 once, answered as a client does: the same request with its Idempotency-Key after a second. */
        RETRIED_503,
        /** A 503 problem with Retry-After, which HR sees (the record is not kept). */
        PROBLEM_503
    }

    private final Stack.Fixture fixture;
    private final String title;
    private final Map<String, BigDecimal> accepted = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> answers = new TreeMap<>();
    private final List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    private final Thread writer;

    private TrainingLoad(Stack.Fixture fixture, String title, String evidence, int seconds, long everyMillis, During during) {
        this.fixture = fixture;
        this.title = title;
        long began = System.nanoTime();
        this.writer = new Thread(() -> {
            int i = 0;
            while (System.nanoTime() - began < TimeUnit.SECONDS.toNanos(seconds)) {
                write(fixture.cadres().get(i++ % fixture.cadres().size()), evidence, during);
                Stack.pause(everyMillis);
            }
        });
    }

    /** Starts writing a record every {@code everyMillis} for {@code seconds}, each titled {@code title}. */
    static TrainingLoad start(Stack.Fixture fixture, String title, String evidence, int seconds, long everyMillis,
            During during) {
        TrainingLoad load = new TrainingLoad(fixture, title, evidence, seconds, everyMillis, during);
        load.writer.start();
        return load;
    }

    private void write(String cadre, String evidence, During during) {
        Map<String, Object> body = Map.of("cadreId", cadre, "title", title, "capabilities", List.of("LEARNING"),
                "hours", "1.0", "completedOn", Stack.today().minusDays(1).toString(), "evidence", evidence);
        String key = UUID.randomUUID().toString();
        Response r = Stack.as(Stack.HR).header("Idempotency-Key", key).body(body).post("/api/training/records");
        if (r.statusCode() == 503 && during == During.RETRIED_503) {
            Stack.pause(1_000);
            r = Stack.as(Stack.HR).header("Idempotency-Key", key).body(body).post("/api/training/records");
        }
        synchronized (answers) {
            answers.merge(r.statusCode(), 1, Integer::sum);
        }
        boolean problem503 = r.statusCode() == 503 && r.contentType().startsWith("application/problem+json")
                && r.header("Retry-After") != null;
        if (r.statusCode() == 201 || r.statusCode() == 200) {
            accepted.merge(cadre, BigDecimal.ONE, BigDecimal::add);
        } else if (!(problem503 && during == During.PROBLEM_503)) {
            wrong.add(r.statusCode() + " " + r.contentType() + " " + r.asString());
        }
    }

    /** Waits for the writer to end (at most {@code seconds}). */
    void join(int seconds) throws InterruptedException {
        writer.join(TimeUnit.SECONDS.toMillis(seconds));
    }

    /** One more record, after the fault: counted as the others. */
    void writeOnce(String cadre, String evidence) {
        write(cadre, evidence, During.NOTHING);
    }

    /** The answers by status. */
    Map<Integer, Integer> answers() {
        synchronized (answers) {
            return new TreeMap<>(answers);
        }
    }

    /** The answers the scenario does not allow, with their bodies. */
    List<String> wrong() {
        return List.copyOf(wrong);
    }

    /** The hours accepted for the cadre (one a record). */
    BigDecimal accepted(String cadre) {
        return accepted.getOrDefault(cadre, BigDecimal.ZERO);
    }

    /** The records accepted in all. */
    int total() {
        return accepted.values().stream().mapToInt(BigDecimal::intValue).sum();
    }

    /** Every record answered 201 is kept, once: as many of the load's records for each cadre as were accepted. */
    void assertEveryAcceptedKept() {
        for (String cadre : fixture.cadres()) {
            List<String> kept = Stack.as(Stack.HR).queryParam("cadreId", cadre).queryParam("size", 200)
                    .get("/api/training/records").then().statusCode(200)
                    .extract().path("items.findAll { it.title == '" + title + "' }.id");
            assertEquals(accepted(cadre).intValue(), kept.size(), "records of " + cadre + " answered 201 and kept");
        }
    }
}
