package org.benling.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "benling.outbox")
public interface OutboxConfig {

    /** Turn the relay off in a process that should only write (e.g. a one-off import tool). */
    @WithDefault("true")
    boolean relayEnabled();

    @WithDefault("200")
    int batchSize();

    /**
     * Relay rows as soon as their transaction commits ({@link OutboxWakeup}); off, they wait for the next poll
     * ({@code benling.outbox.poll-interval}, 1 s by default, the safety net either way).
     */
    @WithDefault("true")
    boolean wakeOnCommit();

    /** How often the relay looks for due rows by itself (the relay's {@code @Scheduled} reads the same key). */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * Slots the rows are spread over by their key's hash: instances relay different slots at once, one slot by one
     * instance at a time (a transaction-scoped advisory lock), so a key's rows never race each other.
     */
    @WithDefault("8")
    int slots();

    /** How long a batch waits for the broker's acknowledgements before the rows are retried. */
    @WithDefault("10s")
    Duration publishTimeout();

    @WithDefault("1s")
    Duration initialBackoff();

    @WithDefault("1m")
    Duration maxBackoff();

    @WithDefault("P7D")
    Duration sentRetention();

    /** Exponential backoff for the n-th failed attempt, capped at {@link #maxBackoff()}. */
    default Duration backoff(int attempts) {
        long millis = initialBackoff().toMillis() << Math.min(Math.max(attempts - 1, 0), 20);
        return Duration.ofMillis(Math.min(millis, maxBackoff().toMillis()));
    }
}
