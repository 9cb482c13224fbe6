package org.benling.training.bench;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.benling.testing.TestClock;
import org.benling.training.domain.rules.HoursCompliance;
import org.benling.training.domain.rules.TrainingPolicy;
import org.benling.training.domain.rules.Windows;
import org.benling.training.service.ComplianceService;
import org.benling.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Compliance of a whole unit tree of 100,000 cadres with five years of records (2.5 million rows), through
 * {@code GET /api/training/compliance} as an administrator: the SQL sums per cadre and window plus the
 * regulation's judgement of every cadre. Baselines in the same database: the bare aggregation query alone,
 * and a plain count over all records. Not part of the test suite; run with {@code ./benling bench}.
 * Prints numbers and the query plan; asserts nothing about time.
 */
@QuarkusTest
class ComplianceBenchmark {

    static final int CADRES = 100_000;
    static final int RECORDS_PER_CADRE = 25;
    static final int RUNS = 5;

    @Inject AgroalDataSource dataSource;

    @Test
    void complianceOfAHundredThousandCadres() throws Exception {
        List<String> lines = new ArrayList<>();
        long t0 = System.nanoTime();
        String root = seed();
        lines.add(String.format(Locale.ROOT, "compliance benchmark: %,d cadres, %,d records, %d cores, JDK %s (seeded in %,d ms)",
                CADRES, CADRES * RECORDS_PER_CADRE, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), ms(t0)));
        String token = Tokens.admin(java.util.UUID.fromString(root));
        long bestApi = Long.MAX_VALUE;
        long bestBare = Long.MAX_VALUE;
        for (int run = 0; run < RUNS + 2; run++) {
            t0 = System.nanoTime();
            int cadres = given().auth().oauth2(token).queryParam("unitId", root).queryParam("size", 20)
                    .get("/api/training/compliance").then().statusCode(200).extract().path("cadres");
            long api = ms(t0);
            t0 = System.nanoTime();
            int rows = bareAggregation();
            long bare = ms(t0);
            t0 = System.nanoTime();
            long records = scalar("SELECT count(*) FROM training_record");
            long count = ms(t0);
            if (run >= 2) {
                bestApi = Math.min(bestApi, api);
                bestBare = Math.min(bestBare, bare);
                lines.add(String.format(Locale.ROOT, "run %d: API %,d ms for %,d cadres | baselines: the same SQL alone %,d ms"
                        + " (%,d rows), count(*) of %,d records %,d ms | API / SQL = %.2f", run - 1, api, cadres, bare, rows,
                        records, count, (double) api / bare));
            }
        }
        new org.benling.testing.BenchmarkSummary("compliance")
                .add(String.format(Locale.ROOT, "compliance of %,d cadres / %,d records, whole tree (÷ the same SQL alone), best run",
                                CADRES, CADRES * RECORDS_PER_CADRE), String.format(Locale.ROOT, "%,d ms", bestApi),
                        String.format(Locale.ROOT, "SQL %,d ms", bestBare), (double) bestApi / bestBare, "≤ 300 ms")
                .write();
        lines.add("plan of the aggregation (EXPLAIN ANALYZE):");
        lines.addAll(plan());
        lines.forEach(System.out::println);
        Path out = Path.of("target", "benchmarks", "compliance.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
    }

    /** 1 bureau, 31 provinces, 310 cities; 100,000 cadres over the cities; 25 records each over five years. */
    private String seed() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE training_record, cadre_view, unit_view CASCADE");
            s.execute("""
                    INSERT INTO unit_view (id, code, name, kind, parent_id, path, active)
                    SELECT md5('root')::uuid, 'SPB', '国家邮政局', 'BUREAU', NULL, '/' || md5('root')::uuid || '/', TRUE""");
            s.execute("""
                    INSERT INTO unit_view (id, code, name, kind, parent_id, path, active)
                    SELECT md5('p' || p)::uuid, 'P' || p, '省局' || p, 'PROVINCIAL', md5('root')::uuid,
                           '/' || md5('root')::uuid || '/' || md5('p' || p)::uuid || '/', TRUE
                    FROM generate_series(1, 31) p""");
            s.execute("""
                    INSERT INTO unit_view (id, code, name, kind, parent_id, path, active)
                    SELECT md5('m' || m)::uuid, 'M' || m, '市局' || m, 'MUNICIPAL', md5('p' || (1 + m % 31))::uuid,
                           '/' || md5('root')::uuid || '/' || md5('p' || (1 + m % 31))::uuid || '/' || md5('m' || m)::uuid || '/', TRUE
                    FROM generate_series(1, 310) m""");
            s.execute("""
                    INSERT INTO cadre_view (id, employee_number, name, unit_id, position_title, rank_level, rank_since,
                                            post_since, categories, active)
                    SELECT md5('c' || i)::uuid, 'B' || lpad(i::text, 6, '0'), '干部' || i, md5('m' || (1 + mod(i, 310)))::uuid,
                           '科长', (ARRAY['DIVISION_PRINCIPAL','DIVISION_DEPUTY','SECTION_PRINCIPAL','SECTION_DEPUTY'])[1 + mod(i, 4)],
                           DATE '2015-01-01' + mod(i, 3650), DATE '2018-01-01', '{}', TRUE
                    FROM generate_series(1, %d) i""".formatted(CADRES));
            s.execute("""
                    INSERT INTO training_record (id, cadre_id, title, source, capabilities, hours, online, off_job_days,
                                                 completed_on, entered_by)
                    SELECT gen_random_uuid(), md5('c' || i)::uuid, '培训', 'CLASS', '{}', (1 + random() * 40)::numeric(7, 2),
                           random() < 0.3, (random() * 4)::int, current_date - (random() * 1825)::int, 'bench'
                    FROM generate_series(1, %d) i, generate_series(1, %d) r""".formatted(CADRES, RECORDS_PER_CADRE));
            s.execute("VACUUM ANALYZE training_record");
            s.execute("ANALYZE cadre_view");
            s.execute("ANALYZE unit_view");
        }
        return rootId();
    }

    private String rootId() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id FROM unit_view WHERE code = 'SPB'")) {
            r.next();
            return r.getString(1);
        }
    }

    /** Exactly the service's query (ComplianceService.SUMS), with today's windows and the root path inlined. */
    private String aggregation() throws Exception {
        Windows w = HoursCompliance.windows(TestClock.today(), TrainingPolicy.regulation());
        return ComplianceService.SUMS.formatted("u.path LIKE '" + rootPath() + "%'")
                .replace(":rollingStart", "DATE '" + w.rollingStart() + "'")
                .replace(":yearStart", "DATE '" + w.yearStart() + "'")
                .replace(":today", "DATE '" + w.today() + "'")
                .replace(":rollingCountsAll", "FALSE");
    }

    private String rootPath() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT path FROM unit_view WHERE code = 'SPB'")) {
            r.next();
            return r.getString(1);
        }
    }

    private int bareAggregation() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(aggregation())) {
            int n = 0;
            while (r.next()) {
                n++;
            }
            return n;
        }
    }

    private List<String> plan() throws Exception {
        List<String> plan = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + aggregation())) {
            while (r.next()) {
                plan.add("  " + r.getString(1));
            }
        }
        return plan;
    }

    private long scalar(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
