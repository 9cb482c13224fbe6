package org.benling.systemtests;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The gateway's overhead on the running stack (not a test: {@code ./benling bench} runs it, with the gateway's rate
 * limit raised beyond what one load generator reaches): {@code GET /api/cadres/{id}} over 50 cadres as the
 * administrator, from personnel directly and through the gateway, alternating, each run after a warm-up of both. HTTP
 * 1.1 (as wrk), the load generator on the same cores as the stack. Prints the figures and writes
 * {@code target/benchmarks/gateway.txt} and the summary lines ({@code gateway.summary.tsv}: what, figure, reference,
 * ratio, goal, as {@code BenchmarkSummary} writes them for the module benchmarks).
 */
class GatewayBenchmark {

    static final String PERSONNEL_URL = System.getProperty("benling.personnel-url", "http://localhost:8081");
    static final int CLIENTS = 50;

    record Result(int requests, int errors, double seconds, double p50, double p95, double p99) {

        double throughput() {
            return requests / seconds;
        }

        String describe() {
            return String.format(Locale.ROOT, "%,.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%,d requests, %d errors)",
                    throughput(), p50, p95, p99, requests, errors);
        }
    }

    @Test
    void gatewayAgainstDirect() throws Exception {
        String token = Stack.token("admin");
        List<String> ids = given().baseUri(Stack.URL).auth().oauth2(token).get("/api/cadres?size=50")
                .then().statusCode(200).extract().path("items.id");
        List<String> direct = ids.stream().map(id -> PERSONNEL_URL + "/api/cadres/" + id).toList();
        List<String> gateway = ids.stream().map(id -> Stack.URL + "/api/cadres/" + id).toList();

        load(token, direct, CLIENTS, Duration.ofSeconds(8));
        load(token, gateway, CLIENTS, Duration.ofSeconds(8));
        List<Result> directRuns = new ArrayList<>();
        List<Result> gatewayRuns = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            directRuns.add(load(token, direct, CLIENTS, Duration.ofSeconds(15)));
            gatewayRuns.add(load(token, gateway, CLIENTS, Duration.ofSeconds(15)));
        }
        Result directOne = load(token, direct, 1, Duration.ofSeconds(10));
        Result gatewayOne = load(token, gateway, 1, Duration.ofSeconds(10));

        Result d = best(directRuns);
        Result g = best(gatewayRuns);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "gateway benchmark: GET /api/cadres/{id} over %d cadres as admin, %d cores, JDK %s",
                ids.size(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        for (int run = 0; run < directRuns.size(); run++) {
            lines.add(String.format(Locale.ROOT, "run %d, %d clients: direct %s | through the gateway %s | %.0f %% of direct, p50 x %.2f",
                    run + 1, CLIENTS, directRuns.get(run).describe(), gatewayRuns.get(run).describe(),
                    100 * gatewayRuns.get(run).throughput() / directRuns.get(run).throughput(),
                    gatewayRuns.get(run).p50() / directRuns.get(run).p50()));
        }
        lines.add(String.format(Locale.ROOT, "1 client: direct %s | through the gateway %s | %.0f %% of direct, p50 + %.1f ms",
                directOne.describe(), gatewayOne.describe(), 100 * gatewayOne.throughput() / directOne.throughput(),
                gatewayOne.p50() - directOne.p50()));
        lines.forEach(System.out::println);

        List<String> summary = List.of(
                row(String.format(Locale.ROOT, "gateway throughput, by-id read, %d clients (gateway ÷ direct)", CLIENTS),
                        String.format(Locale.ROOT, "%,.0f req/s", g.throughput()),
                        String.format(Locale.ROOT, "direct %,.0f req/s", d.throughput()), g.throughput() / d.throughput(),
                        "≥ 0.70"),
                row(String.format(Locale.ROOT, "gateway p50, by-id read, %d clients (gateway ÷ direct)", CLIENTS),
                        String.format(Locale.ROOT, "%.1f ms", g.p50()), String.format(Locale.ROOT, "direct %.1f ms", d.p50()),
                        g.p50() / d.p50(), "≤ 1.3"),
                row("gateway p50, by-id read, 1 client (gateway ÷ direct)", String.format(Locale.ROOT, "%.2f ms", gatewayOne.p50()),
                        String.format(Locale.ROOT, "direct %.2f ms", directOne.p50()), gatewayOne.p50() / directOne.p50(), ""));
        Path dir = Path.of("target", "benchmarks");
        Files.createDirectories(dir);
        Files.write(dir.resolve("gateway.txt"), lines);
        Files.write(dir.resolve("gateway.summary.tsv"), summary);
    }

    private static String row(String what, String figure, String reference, double ratio, String goal) {
        return String.join("\t", what, figure, reference, String.format(Locale.ROOT, "%.2f", ratio), goal);
    }

    /** The run with the highest throughput: the one least disturbed by the rest of the machine. */
    private static Result best(List<Result> runs) {
        return runs.stream().max(java.util.Comparator.comparingDouble(Result::throughput)).orElseThrow();
    }

    /** {@code clients} threads, each sending its next request when the last is answered, round-robin over the URLs. */
    private static Result load(String token, List<String> urls, int clients, Duration duration) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).build();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c;
                running.add(pool.submit(() -> {
                    int i = first;
                    while (System.nanoTime() < end) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(i++ % urls.size())))
                                .header("Authorization", "Bearer " + token).build();
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        latencies.add((System.nanoTime() - sent) / 1e6);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(sorted.size(), errors.get(), seconds, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99));
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
