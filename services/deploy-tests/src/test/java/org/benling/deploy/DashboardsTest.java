package org.benling.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboards of deploy/observability are dashboards Grafana can import (uid, title, panels with ids and
 * positions, the data source as a variable) and every query in them is valid PromQL: each is checked by promtool
 * as the expression of a recording rule, with the dashboard variables set to a value.
 */
class DashboardsTest {

    static final List<String> DASHBOARDS = List.of("benling-overview.json", "benling-service.json",
            "benling-events.json");

    @Test
    void everyDashboardImportsAndEveryQueryIsValidPromql() throws Exception {
        Path dir = Manifests.root().resolve("deploy/observability/dashboards");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(Set.copyOf(DASHBOARDS), files.map(f -> f.getFileName().toString()).collect(
                    java.util.stream.Collectors.toSet()));
        }
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboards\n    rules:\n");
        Set<String> uids = new HashSet<>();
        int queries = 0;
        for (String name : DASHBOARDS) {
            JsonNode dashboard = new ObjectMapper().readTree(dir.resolve(name).toFile());
            assertTrue(uids.add(dashboard.path("uid").asText()), name + " has a uid of its own");
            assertFalse(dashboard.path("title").asText().isBlank(), name);
            assertEquals("datasource", dashboard.at("/templating/list/0/type").asText(), name
                    + ": the data source is chosen at import, never a fixed uid");
            Set<Integer> ids = new HashSet<>();
            for (JsonNode panel : dashboard.path("panels")) {
                String where = name + " panel " + panel.path("title").asText();
                assertTrue(ids.add(panel.path("id").asInt()), where + ": ids are unique");
                assertTrue(panel.at("/gridPos/w").asInt() > 0 && panel.at("/gridPos/h").asInt() > 0, where);
                assertFalse(panel.path("targets").isEmpty(), where + " has a query");
                for (JsonNode target : panel.path("targets")) {
                    String expr = target.path("expr").asText().replace("$service", "training")
                            .replace("$instance", ".+").replace("\"", "\\\"");
                    rules.append("      - record: dashboard:query_").append(++queries).append('\n')
                            .append("        expr: \"").append(expr.replace("\n", " ")).append("\"\n");
                }
            }
        }
        Path file = Files.createTempFile(Path.of("target"), "dashboard-queries", ".yml");
        Files.writeString(file, rules);
        String out = PrometheusRulesTest.promtool("check", "rules", file.toString());
        assertTrue(out.contains("SUCCESS: " + queries + " rules found"), out);
    }
}
