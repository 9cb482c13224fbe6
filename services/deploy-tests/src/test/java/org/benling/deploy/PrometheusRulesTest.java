package org.benling.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The alerts are valid Prometheus rules (promtool check rules), each behaves as its test case says (promtool test
 * rules, benling.rules.test.yml), and the cluster's PrometheusRule is the same file. promtool comes from Debian's
 * prometheus package, which ./benling test installs.
 */
class PrometheusRulesTest {

    @Test
    void theClustersPrometheusRuleIsTheRuleFile() throws IOException {
        Path root = Manifests.root();
        if (Boolean.getBoolean("benling.prometheus-rule.write")) {
            PrometheusRules.write(root);
        }
        assertEquals(PrometheusRules.from(root.resolve(PrometheusRules.RULES)),
                Manifests.parse(Files.readString(root.resolve(PrometheusRules.FILE))).get(0),
                PrometheusRules.FILE + " is out of date: run PrometheusRulesTest with -Dbenling.prometheus-rule.write=true");
    }

    @Test
    void theRulesAreValid() throws Exception {
        String out = promtool("check", "rules", Manifests.root().resolve(PrometheusRules.RULES).toString());
        assertTrue(out.contains("SUCCESS"), out);
    }

    @Test
    void everyAlertHasATestCaseAndEveryCasePasses() throws Exception {
        Path rules = Manifests.root().resolve("deploy/observability/rules");
        String out = promtool("test", "rules", rules.resolve("benling.rules.test.yml").toString());
        assertTrue(out.contains("SUCCESS"), out);

        Set<String> alerts = new TreeSet<>();
        Manifests.parse(Files.readString(rules.resolve("benling.rules.yml"))).get(0).path("groups")
                .forEach(g -> g.path("rules").forEach(r -> alerts.add(r.path("alert").asText())));
        Set<String> tested = new TreeSet<>();
        JsonNode tests = Manifests.parse(Files.readString(rules.resolve("benling.rules.test.yml"))).get(0);
        tests.path("tests").forEach(t -> t.path("alert_rule_test").forEach(a -> {
            if (!a.path("exp_alerts").isEmpty()) {
                tested.add(a.path("alertname").asText());
            }
        }));
        assertEquals(alerts, tested, "every alert has a case where it fires");
    }

    /** Runs promtool (BENLING_PROMTOOL, or promtool on the PATH) and returns what it printed; fails on its failure. */
    static String promtool(String... args) throws Exception {
        String promtool = Optional.ofNullable(System.getenv("BENLING_PROMTOOL")).filter(s -> !s.isBlank())
                .orElse("promtool");
        List<String> command = new java.util.ArrayList<>(List.of(promtool));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("promtool is needed to check the alert rules (./benling test installs"
                    + " Debian's prometheus package; or set BENLING_PROMTOOL): " + e.getMessage(), e);
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "promtool did not finish");
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + out);
        return out;
    }
}
