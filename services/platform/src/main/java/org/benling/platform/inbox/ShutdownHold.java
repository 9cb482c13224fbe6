package org.benling.platform.inbox;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * An instance that is stopping applies nothing more: from the start of its shutdown delay an event delivered to it is
 * held — neither applied nor refused — until the Kafka connector has closed (it gives unprocessed messages ten
 * seconds; the hold ends {@value #HOLD_AFTER_SHUTDOWN_MILLIS} ms after shutdown began). Its offset is never committed,
 * and the instance that takes the partition over applies it. (Applied while the application shuts down, it would fail
 * on closed resources and be dead-lettered: lost to this consumer. The replica test found exactly that.)
 *
 * <p>The hold sleeps on purpose: it has to block the very worker thread that got the delivery until the connector has
 * closed (handed to a scheduler, the key's next events could overtake it).
 */
@ApplicationScoped
public class ShutdownHold {

    private static final Logger LOG = Logger.getLogger(ShutdownHold.class);
    /** How long after shutdown began a held delivery is let go: past the connector's closing timeout (10 s). */
    static final long HOLD_AFTER_SHUTDOWN_MILLIS = 15_000;
    /** A hold never lasts longer than this, whatever happens. */
    private static final long HOLD_MAX_MILLIS = 40_000;

    private volatile boolean stopping;
    /** {@link System#nanoTime()} when shutdown began; 0 until then. */
    private volatile long shutdownAt;

    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
        stopping = true;
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
        shutdownAt = System.nanoTime();
    }

    /** Whether the instance has begun to stop. */
    public boolean stopping() {
        return stopping;
    }

    /** Keeps the delivery unacknowledged until the connector has closed (see the class comment). */
    void hold(String consumer) {
        LOG.infof("%s: instance stopping, an event stays unacknowledged for the instance that takes over", consumer);
        long heldSince = System.nanoTime();
        boolean interrupted = false;
        // an interrupt (the worker pool closing) does not end the hold early: the connector may still commit
        while (System.nanoTime() - heldSince < HOLD_MAX_MILLIS * 1_000_000
                && (shutdownAt == 0 || System.nanoTime() - shutdownAt < HOLD_AFTER_SHUTDOWN_MILLIS * 1_000_000)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
