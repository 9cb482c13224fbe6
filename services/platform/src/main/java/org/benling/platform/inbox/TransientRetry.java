package org.benling.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import org.benling.platform.persistence.TransientFailures;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The inbox's patience with failures that are the world's and not the event's ({@link TransientFailures}: the database
 * down or restarting, a lock or a concurrent update): the attempt again, after a backoff from
 * {@code benling.inbox.retry-initial} doubling to {@code benling.inbox.retry-max}, for as long as the database is
 * unavailable and up to {@value #CONFLICT_ATTEMPTS} times for a conflict. The consumer waits meanwhile, so a key's
 * events stay in order.
 */
@ApplicationScoped
class TransientRetry {

    private static final Logger LOG = Logger.getLogger(TransientRetry.class);

    /** How many times a conflict (lock, deadlock, concurrent update) is tried before the event is refused. */
    static final int CONFLICT_ATTEMPTS = 10;

    @Inject ShutdownHold shutdown;

    @ConfigProperty(name = "benling.inbox.retry-initial", defaultValue = "PT0.5S")
    Duration retryInitial;

    @ConfigProperty(name = "benling.inbox.retry-max", defaultValue = "PT30S")
    Duration retryMax;

    /**
     * The attempt's result, tried again after each transient failure; a {@code prior} failure counts as the first
     * attempt. Null when the instance began to stop before an attempt succeeded. {@code retried} runs before each
     * retry; {@code what} names the work in the log ("consumer: event id").
     *
     * @throws RuntimeException the failure, when it is not transient or the conflicts ran out
     */
    <T> T call(Supplier<T> attempt, RuntimeException prior, String what, Runnable retried) {
        long delay = retryInitial.toMillis();
        int conflicts = 0;
        RuntimeException failure = prior;
        while (true) {
            if (failure == null) {
                try {
                    return attempt.get();
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            TransientFailures.Kind kind = TransientFailures.of(failure);
            if (kind == null || (kind == TransientFailures.Kind.CONFLICT && ++conflicts >= CONFLICT_ATTEMPTS)) {
                throw failure;
            }
            if (shutdown.stopping()) {
                return null;
            }
            retried.run();
            LOG.warnf("%s not applied (%s: %s), trying again in %d ms", what, kind, failure.getMessage(), delay);
            failure = null;
            try {
                Thread.sleep(delay);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return null;
            }
            delay = Math.min(delay * 2, retryMax.toMillis());
        }
    }
}
