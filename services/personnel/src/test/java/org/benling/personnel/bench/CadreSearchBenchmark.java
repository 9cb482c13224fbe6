package org.benling.personnel.bench;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.benling.testing.BenchmarkSummary;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.benling.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Cadre search {@code GET /api/cadres?q=王&sort=name&size=20} (the commonest surname: about one cadre in fourteen
 * matches) at 2,000 and at 100,000 cadres, with {@value #CLIENTS} clients at once, as an administrator and as the
 * bureau's HR (whose scope adds the unit subtree); beside it, in the same run and database, the by-id read
 * {@code GET /api/cadres/{id}} under the same load. The cadres are generated in SQL with a realistic spread of
 * surnames and given names. Prints p50/p95/p99 and throughput, the ratio to the by-id read, and the
 * {@code EXPLAIN (ANALYZE, BUFFERS)} plans of the page and the count. Asserts nothing about time; run with
 * {@code ./benling bench}.
 */
@QuarkusTest
@TestProfile(CadreSearchBenchmark.OwnDatabase.class)
class CadreSearchBenchmark {

    /**
     * Its own start of the application: the benchmark replaces the units and cadres, and the next test class of the
     * run (the roster import benchmark imports into the demo's units) must start from a fresh database again.
     */
    public static class OwnDatabase implements QuarkusTestProfile {
    }

    static final int CLIENTS = 8;
    static final int REQUESTS = 800;

    @Inject AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void searchAtTwoThousandAndAHundredThousandCadres() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "cadre search benchmark: %d clients, %d requests per figure, %d cores, JDK %s",
                CLIENTS, REQUESTS, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        BenchmarkSummary summary = new BenchmarkSummary("cadre-search");
        double smallP50 = 0;
        for (int cadres : new int[] {2_000, 100_000}) {
            long t0 = System.nanoTime();
            seed(cadres);
            UUID root = UUID.fromString(scalar("SELECT id::text FROM unit WHERE code = 'SPB'"));
            String matches = scalar("SELECT count(*) FROM cadre WHERE name LIKE '%王%'");
            lines.add(String.format(Locale.ROOT, "%,d cadres (seeded in %,d ms), %s match 王", cadres,
                    (System.nanoTime() - t0) / 1_000_000, matches));
            String admin = Tokens.admin(root);
            String hr = Tokens.hr("hr-bench", root);
            List<String> ids = ids();
            String search = "api/cadres?q=" + URLEncoder.encode("王", StandardCharsets.UTF_8) + "&sort=name&size=20";
            load(admin, i -> search); // warm-up
            load(admin, i -> "api/cadres/" + ids.get(i % ids.size()));
            Figures byId = load(admin, i -> "api/cadres/" + ids.get(i % ids.size()));
            Figures asAdmin = load(admin, i -> search);
            Figures asHr = load(hr, i -> search);
            Figures byIdAlone = load(admin, i -> "api/cadres/" + ids.get(i % ids.size()), 1);
            Figures asHrAlone = load(hr, i -> search, 1);
            lines.add("  by id (baseline)   " + byId);
            lines.add("  search as admin    " + asAdmin + String.format(Locale.ROOT, " | p95 / by id %.1f", asAdmin.p95 / byId.p95));
            lines.add("  search as HR       " + asHr + String.format(Locale.ROOT, " | p95 / by id %.1f", asHr.p95 / byId.p95));
            lines.add("  one client at a time: by id " + byIdAlone + " | search as HR " + asHrAlone);
            if (cadres == 2_000) {
                smallP50 = asHrAlone.p50;
            } else {
                summary.add(String.format(Locale.ROOT, "cadre search q=王 sort=name, %,d cadres, %d clients, as HR (p95 ÷ by-id p95)",
                                cadres, CLIENTS), "p95 " + BenchmarkSummary.ms(asHr.p95), "by id p95 " + BenchmarkSummary.ms(byId.p95),
                                asHr.p95 / byId.p95, "p95 ≤ 50 ms")
                        .add(String.format(Locale.ROOT, "cadre search, %,d cadres, one client, as HR (p95 ÷ by-id p95)", cadres),
                                "p95 " + BenchmarkSummary.ms(asHrAlone.p95), "by id p95 " + BenchmarkSummary.ms(byIdAlone.p95),
                                asHrAlone.p95 / byIdAlone.p95, "p95 ≤ 50 ms")
                        .add("cadre search cost 2,000 → 100,000 cadres, one client (p50 ratio, for 50 × the cadres)",
                                "p50 " + BenchmarkSummary.ms(asHrAlone.p50), "p50 at 2,000: " + BenchmarkSummary.ms(smallP50),
                                asHrAlone.p50 / smallP50, "≤ log-linear (≈ 75)");
            }
        }
        summary.write();
        lines.add("plans at 100,000 cadres (EXPLAIN (ANALYZE, BUFFERS)), the page as admin:");
        lines.addAll(plan(PAGE));
        lines.add("its count:");
        lines.addAll(plan(COUNT));
        lines.add("the page as the bureau's HR (its 342 units listed):");
        lines.addAll(plan(PAGE.replace(" ORDER BY", hrUnits() + " ORDER BY")).stream()
                .map(l -> l.length() > 300 ? l.substring(0, 300) + " …" : l).toList());
        lines.forEach(System.out::println);
        Path out = Path.of("target", "benchmarks", "cadre-search.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
    }

    /**
     * The statements the service runs for the search (Hibernate's SQL, parameters inlined; fewer than
     * CadreSearch.SORT_MATCHES_BELOW matches, so sorted after matching); HR adds its units.
     */
    static final String WHERE = """
            FROM cadre c WHERE c.search_grams @> ARRAY['王']::varchar[] AND (c.name LIKE '%王%' OR lower(c.employee_number) LIKE '%王%')""";
    static final String PAGE = "SELECT c.* " + WHERE + " ORDER BY c.name || '', c.employee_number LIMIT 20";
    static final String COUNT = "SELECT count(*) " + WHERE;

    private String hrUnits() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id FROM unit")) {
            while (r.next()) {
                ids.add("'" + r.getString(1) + "'");
            }
        }
        return " AND c.unit_id IN (" + String.join(", ", ids) + ")";
    }

    record Figures(double p50, double p95, double p99, double perSecond) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  %,7.0f req/s", p50, p95, p99, perSecond);
        }
    }

    private Figures load(String token, java.util.function.IntFunction<String> path) throws Exception {
        return load(token, path, CLIENTS);
    }

    private Figures load(String token, java.util.function.IntFunction<String> path, int parallel) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(parallel);
        List<Double> ms = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < parallel; c++) {
                int client = c;
                done.add(clients.submit(() -> {
                    for (int i = client; i < REQUESTS; i += parallel) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path.apply(i)))
                                .header("Authorization", "Bearer " + token).build();
                        long start = System.nanoTime();
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        ms.add((System.nanoTime() - start) / 1e6);
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(response.statusCode() + " " + response.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            clients.shutdown();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Double> sorted = new ArrayList<>(ms);
        sorted.sort(Double::compare);
        return new Figures(pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.size() / seconds);
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }

    /** A bureau, 31 provinces and 310 cities; {@code cadres} cadres over the cities with realistic names. */
    private void seed(int cadres) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE cadre, unit CASCADE");
            s.execute("""
                    INSERT INTO unit (id, code, name, kind, parent_id, path)
                    SELECT md5('root')::uuid, 'SPB', '国家邮政局', 'BUREAU', NULL, '/' || md5('root')::uuid || '/'""");
            s.execute("""
                    INSERT INTO unit (id, code, name, kind, parent_id, path)
                    SELECT md5('p' || p)::uuid, 'P' || p, '省局' || p, 'PROVINCIAL', md5('root')::uuid,
                           '/' || md5('root')::uuid || '/' || md5('p' || p)::uuid || '/'
                    FROM generate_series(1, 31) p""");
            s.execute("""
                    INSERT INTO unit (id, code, name, kind, parent_id, path)
                    SELECT md5('m' || m)::uuid, 'M' || m, '市局' || m, 'MUNICIPAL', md5('p' || (1 + m % 31))::uuid,
                           '/' || md5('root')::uuid || '/' || md5('p' || (1 + m % 31))::uuid || '/' || md5('m' || m)::uuid || '/'
                    FROM generate_series(1, 310) m""");
            // surnames weighted roughly as in the population (王 and 李 about 7 % each), given names of one or two
            // characters from a common pool
            s.execute("""
                    INSERT INTO cadre (id, employee_number, name, gender, birth_date, unit_id, position_title, rank_level,
                                       post_since, rank_since, joined_work_on, categories)
                    SELECT md5('c' || i)::uuid, 'B' || lpad(i::text, 6, '0'),
                           names.surnames[1 + abs(hashtext('s' || i)) % array_length(names.surnames, 1)]
                           || substr(names.given, 1 + abs(hashtext('g' || i)) % length(names.given), 1)
                           || CASE WHEN abs(hashtext('l' || i)) % 3 = 0 THEN ''
                                   ELSE substr(names.given, 1 + abs(hashtext('h' || i)) % length(names.given), 1) END,
                           CASE WHEN i % 3 = 0 THEN 'FEMALE' ELSE 'MALE' END, DATE '1965-01-01' + (i * 7919) % 10000,
                           md5('m' || (1 + i % 310))::uuid, '科长',
                           (ARRAY['DIVISION_PRINCIPAL','DIVISION_DEPUTY','SECTION_PRINCIPAL','SECTION_DEPUTY'])[1 + i % 4],
                           DATE '2018-01-01', DATE '2015-01-01' + i % 3650, DATE '1990-01-01', '{}'
                    FROM generate_series(1, :cadres) i,
                         (SELECT string_to_array('王,王,王,王,王,王,王,李,李,李,李,李,李,李,张,张,张,张,张,张,刘,刘,刘,刘,刘,陈,陈,陈,陈,陈,'
                                || '杨,杨,杨,赵,赵,黄,黄,周,周,吴,吴,徐,孙,胡,朱,高,林,何,郭,马,罗,梁,宋,郑,谢,韩,唐,冯,于,董,萧,程,曹,'
                                || '袁,邓,许,傅,沈,曾,彭,吕,苏,卢,蒋,蔡,贾,丁,魏,薛,叶,阎,余,潘,杜,戴,夏,钟,汪,田,任,姜,范,方,石,姚,谭', ',') AS surnames,
                                 '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌宇浩凯健俊帆晨瑞嘉欣怡梓涵子轩博雅思远海燕立新春'::text AS given) names""".replace(":cadres", Integer.toString(cadres)));
            s.execute("VACUUM ANALYZE cadre");
            s.execute("ANALYZE unit");
        }
    }

    private List<String> ids() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id FROM cadre ORDER BY md5(id::text) LIMIT 500")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    private String scalar(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private List<String> plan(String sql) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            while (r.next()) {
                lines.add("  " + r.getString(1));
            }
        }
        return lines;
    }
}
