package org.benling.platform.bench;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/**
 * The same loop as {@link EventLoopBenchmark} with the relay as it was before the wake-up: polling every 200 ms and
 * nothing else; the baseline its figures are read against.
 */
@QuarkusTest
@TestProfile(EventLoopPollOnlyBenchmark.PollOnly.class)
class EventLoopPollOnlyBenchmark extends EventLoopBenchmark {

    public static class PollOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("benling.outbox.wake-on-commit", "false", "benling.outbox.poll-interval", "200ms");
        }
    }

    @Override
    String name() {
        return "event-loop-poll-only";
    }
}
