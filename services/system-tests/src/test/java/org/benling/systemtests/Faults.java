package org.benling.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The faults the reliability scenarios inject into the stack the launcher runs (docs/reliability.md): a component
 * ended by its pid file under {@code benling.home}/run, and the launcher asked to start again whatever is missing.
 */
final class Faults {

    private Faults() {
    }

    /**
     * Ends a component the launcher started ({@code kafka}, {@code keycloak}, {@code assessment-2}...) with the
     * processes it started: SIGTERM, as the launcher and Kubernetes stop one, or SIGKILL, as a lost node ends it;
     * waits until every one of them is gone.
     */
    static void stop(String component, boolean kill) throws Exception {
        Path pidFile = Path.of(System.getProperty("benling.home"), "run", component + ".pid");
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(component + " is not running"));
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process);
        for (ProcessHandle p : all) {
            if (kill) {
                p.destroyForcibly();
            } else {
                p.destroy();
            }
        }
        for (ProcessHandle p : all) {
            p.onExit().get(60, TimeUnit.SECONDS);
        }
    }

    /** The launcher starts what is missing (with the replica count of this run), leaving the rest running. */
    static void startMissing() throws Exception {
        Process start = new ProcessBuilder(System.getProperty("benling.launcher"), "start", "--replicas",
                String.valueOf(Integer.getInteger("benling.replicas", 1)))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(start.waitFor(5, TimeUnit.MINUTES), "the launcher did not finish starting what was stopped");
        assertEquals(0, start.exitValue(), "the launcher could not start what was stopped");
    }
}
