package org.benling.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The alert rules and dashboards of deploy/observability read metrics the running services really publish: every
 * metric name they use is on some service's /q/metrics (a renamed meter or a library that names it otherwise would
 * leave an alert that never fires and a panel that stays empty). A training record is written first, so that an
 * event has been sent and consumed (the Kafka clients publish per-topic figures once they have some).
 */
class ObservabilitySystemTest {

    /** Each service's management interface, where /q/metrics is (ARCHITECTURE.md: its port + 1000). */
    static final Map<String, Integer> MANAGEMENT = Map.of("gateway", 9080, "personnel", 9081, "training", 9082,
            "assessment", 9083, "rotation", 9084, "inspection", 9085, "notification", 9086, "selection", 9087);

    /** Metric names: Benling's and its libraries' families, as the rules and dashboards write them. */
    static final Pattern METRIC = Pattern.compile("\\b((?:benling|http_server|jvm|agroal|kafka|process)_[a-z0-9_]+)\\b");

    @Test
    void everyMetricTheAlertsAndDashboardsReadIsPublished() throws Exception {
        Path observability = Path.of(System.getProperty("benling.root", "../..")).resolve("deploy/observability");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(observability)) {
            for (Path file : files.filter(f -> f.toString().matches(".*(rules/benling\\.rules\\.yml|dashboards/.*\\.json)$"))
                    .toList()) {
                Matcher m = METRIC.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 15, "the rules and dashboards were read: " + used);

        String cadre = Stack.newUnit("OB", 1).cadres().get(0);
        Stack.as(Stack.HR).body(Map.of("cadreId", cadre, "title", "指标检查学习", "capabilities", List.of("LEARNING"),
                "hours", "1.0", "completedOn", Stack.today().minusDays(1).toString(), "evidence", "指标 OB"))
                .post("/api/training/records").then().statusCode(201);
        // the Kafka clients' per-topic meters are bound when Micrometer next looks at them (every minute)
        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(5)).untilAsserted(() ->
                assertEquals(Set.of(), missing(used), "metrics the alerts or dashboards read that no service publishes"));
    }

    private static Set<String> missing(Set<String> used) {
        Set<String> published = new TreeSet<>();
        MANAGEMENT.forEach((service, port) -> given().baseUri("http://localhost:" + port).get("/q/metrics").then()
                .statusCode(200).extract().asString().lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("[{ ]", 2)[0]).forEach(published::add));
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(published);
        return missing;
    }
}
