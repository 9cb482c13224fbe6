package org.benling.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem type the code can answer is in the catalogue an integrator reads (the gateway's problems.json,
 * served at {@code /problems}; docs/api.md), with the status the code gives it; and the catalogue names none the code
 * no longer has.
 */
class ProblemCatalogueTest {

    static final Path SERVICES = Path.of("..").toAbsolutePath().normalize();

    /** How the code names a problem: a rule's slug with its status, or the platform's factories of one status. */
    static final Map<Pattern, Integer> USES = Map.of(
            Pattern.compile("conflict\\(\\s*\"([a-z0-9-]+)\""), 409,
            Pattern.compile("ruleViolated\\(\\s*\"([a-z0-9-]+)\""), 422,
            Pattern.compile("new ProblemException\\(\\s*(\\d+),\\s*\"([a-z0-9-]+)\""), 0,
            Pattern.compile("respond\\(\\s*(\\d+),\\s*\"([a-z0-9-]+)\""), 0,
            Pattern.compile("Problems\\.(?:send\\(\\s*rc|body\\()\\s*,?\\s*(\\d+),\\s*\"([a-z0-9-]+)\""), 0,
            Pattern.compile("timedOut \\? \"([a-z0-9-]+)\" : \"([a-z0-9-]+)\""), -1);

    static Map<String, Integer> usedInCode() throws IOException {
        Map<String, Integer> used = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SERVICES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/"))
                    .toList()) {
                String source = Files.readString(file);
                USES.forEach((pattern, status) -> {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        if (status == -1) {
                            used.put(m.group(1), 504);
                            used.put(m.group(2), 503);
                        } else if (status == 0) {
                            used.put(m.group(2), Integer.parseInt(m.group(1)));
                        } else {
                            used.put(m.group(1), status);
                        }
                    }
                });
            }
        }
        return used;
    }

    static Map<String, Integer> catalogue() throws IOException {
        String json = Files.readString(SERVICES.resolve("gateway/src/main/resources/problems.json"));
        Map<String, Integer> listed = new TreeMap<>();
        Matcher m = Pattern.compile("\"slug\": \"([a-z0-9-]+)\", \"status\": (\\d+)").matcher(json);
        while (m.find()) {
            listed.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return listed;
    }

    @Test
    void everyProblemTheCodeAnswersIsInTheCatalogueWithItsStatus() throws IOException {
        Map<String, Integer> used = usedInCode();
        Map<String, Integer> listed = catalogue();
        assertTrue(used.size() > 40, "the scan found the code's problems: " + used);
        Map<String, String> wrong = new TreeMap<>();
        used.forEach((slug, status) -> {
            if (!status.equals(listed.get(slug))) {
                wrong.put(slug, "code " + status + ", catalogue " + listed.get(slug));
            }
        });
        assertEquals(Map.of(), wrong, "problems missing from problems.json or with another status");
    }

    @Test
    void theCatalogueListsNoProblemTheCodeNoLongerAnswers() throws IOException {
        Map<String, Integer> used = usedInCode();
        Map<String, Integer> stale = new TreeMap<>(catalogue());
        stale.keySet().removeAll(used.keySet());
        // not-found and validation come from ProblemException.notFound/invalid, forbidden from .forbidden
        stale.keySet().removeAll(java.util.Set.of("not-found", "validation", "forbidden"));
        assertEquals(Map.of(), stale, "problems.json lists types the code no longer has");
    }
}
