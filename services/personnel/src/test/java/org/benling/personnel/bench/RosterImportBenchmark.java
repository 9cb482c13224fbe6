package org.benling.personnel.bench;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.benling.contracts.personnel.CadreCategory;
import org.benling.personnel.Demo;
import org.benling.personnel.demo.DemoCadre;
import org.benling.personnel.demo.DemoRoster;
import org.benling.personnel.roster.Roster;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Measures a 10,000-row roster import through the real endpoint (upload, parse, validate, insert with audit
 * rows and outbox events) against baselines run in the same process: parsing the workbook alone, and a bare
 * JDBC batch insert of the same rows. Not part of the test suite (the name does not end in Test); run it with
 * {@code ./benling bench}. It prints numbers and asserts nothing about time.
 */
@QuarkusTest
class RosterImportBenchmark {

    static final int ROWS = 10_000;
    static final int RUNS = 3;

    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @Inject AgroalDataSource dataSource;
    @Inject EntityManager em;

    @Test
    void importTenThousandRows() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "roster import benchmark: %d rows, %d runs, %d cores, JDK %s", ROWS, RUNS,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        long bestImport = Long.MAX_VALUE;
        long parseOfBest = 0;
        long insertOfBest = 0;
        long drainOfBest = 0;
        for (int run = 1; run <= RUNS; run++) {
            List<String[]> rows = rows("B" + run);
            byte[] xlsx = Roster.workbook(rows);

            long t0 = System.nanoTime();
            Roster.read(xlsx);
            long parseMs = ms(t0);

            t0 = System.nanoTime();
            jdbcBaseline(rows);
            long jdbcMs = ms(t0);

            t0 = System.nanoTime();
            // the report read as a lean client would (Jackson), not by REST Assured's Groovy path, which alone took ~0.4 s
            byte[] report = given().auth().oauth2(Demo.admin())
                    .multiPart("file", "roster.xlsx", new ByteArrayInputStream(xlsx), Roster.XLSX)
                    .post("/api/cadres/import").then().statusCode(200).extract().asByteArray();
            int imported = JSON.readTree(report).path("imported").asInt();
            long importMs = ms(t0);

            t0 = System.nanoTime();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(5))
                    .pollInterval(java.time.Duration.ofMillis(50)).until(() -> pendingOutbox() == 0);
            long drainMs = ms(t0);
            if (importMs < bestImport) {
                bestImport = importMs;
                parseOfBest = parseMs;
                insertOfBest = jdbcMs;
                drainOfBest = drainMs;
            }
            lines.add(String.format(Locale.ROOT, "run %d: import %,d rows %,d ms (%.0f rows/s) | baselines: parse %,d ms,"
                    + " bare JDBC batch insert %,d ms | import / (parse + insert) = %.2f | events published %,d ms later",
                    run, imported, importMs, imported * 1000.0 / importMs, parseMs, jdbcMs,
                    (double) importMs / (parseMs + jdbcMs), drainMs));
        }
        lines.forEach(System.out::println);
        new org.benling.testing.BenchmarkSummary("roster-import")
                .add(String.format(Locale.ROOT, "roster import of %,d rows, direct, best run (÷ parse + bare insert)", ROWS),
                        String.format(Locale.ROOT, "%,d ms", bestImport),
                        String.format(Locale.ROOT, "parse %,d ms + insert %,d ms", parseOfBest, insertOfBest),
                        (double) bestImport / (parseOfBest + insertOfBest), "≤ 2,000 ms")
                .add("roster import: its events all on Kafka after the import answered", String.format(Locale.ROOT, "%,d ms", drainOfBest),
                        "", Double.NaN, "")
                .write();
        Path out = Path.of("target", "benchmarks", "roster-import.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
    }

    private static List<String[]> rows(String prefix) {
        List<String[]> rows = new ArrayList<>(ROWS);
        for (DemoCadre c : DemoRoster.generate(7, ROWS, TestClock.today()).cadres()) {
            rows.add(new String[] {prefix + c.employeeNumber(), c.name(), c.gender().chineseName(), c.birthDate().toString(),
                c.unitCode(), "", c.positionTitle(), c.rankLevel().chineseName(), str(c.postSince()), str(c.rankSince()),
                str(c.joinedWorkOn()), String.join("；", c.categories().stream().map(CadreCategory::chineseName).toList()),
                c.politicalStatus().chineseName(), c.education().chineseName()});
        }
        return rows;
    }

    /** The floor: the same rows into a plain table in one transaction, JDBC batches, no checks, no events. */
    private void jdbcBaseline(List<String[]> rows) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMP TABLE IF NOT EXISTS bench_row (employee_number text, name text, gender text,"
                        + " birth_date date, unit_code text, position_title text, rank_level text) ON COMMIT DELETE ROWS");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO bench_row VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (String[] r : rows) {
                    p.setString(1, r[0]);
                    p.setString(2, r[1]);
                    p.setString(3, r[2]);
                    p.setDate(4, Date.valueOf(r[3]));
                    p.setString(5, r[4]);
                    p.setString(6, r[6]);
                    p.setString(7, r[7]);
                    p.addBatch();
                    if (++n % 200 == 0) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            c.commit();
        }
    }

    private long pendingOutbox() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL").getSingleResult()).longValue());
    }

    private static String str(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
