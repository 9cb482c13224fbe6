package org.benling.platform.inbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.benling.platform.inbox.RejectedEventException.Reason;

/**
 * One event applied alone, in a transaction of its own with its inbox row, retried while its failure is transient
 * ({@link TransientRetry}): a record {@link Inbox#accept} was given, and an event of a batch that failed (the events
 * before the failing one, the failing one with the batch's attempt as its first, or all when the commit failed).
 */
@ApplicationScoped
class SoloDelivery {

    @Inject ShutdownHold shutdown;
    @Inject Deliveries deliveries;
    @Inject InboxLog log;
    @Inject TransientRetry retry;

    /**
     * Applies one event in its own transaction, retrying transient failures; {@code prior} is a failure of an attempt
     * already made (in a batch); {@code beforeCommit} is the consumer's step before the commit. The outcome is counted.
     *
     * @throws RejectedEventException naming the consumer, when the handler refuses it for good
     */
    String apply(String consumer, Delivery delivery, RuntimeException prior, Runnable beforeCommit) {
        Span span = deliveries.open(consumer, delivery);
        try (Scope scope = span.makeCurrent()) {
            Boolean applied = retry.call(() -> QuarkusTransaction.requiringNew().call(() -> {
                boolean done = applyOnce(consumer, delivery);
                beforeCommit.run();
                return done;
            }), prior, consumer + ": event " + delivery.event().id(), () -> log.count(consumer, "retried"));
            String outcome = applied == null ? "held" : applied ? "applied" : "duplicate";
            if (applied == null) {
                // the instance began to stop while the database was away: the next instance applies it
                shutdown.hold(consumer);
            } else {
                // a duplicate is a redelivery (a restart, a rebalance, a replay): acknowledged and counted, not repeated
                log.count(consumer, outcome);
            }
            Deliveries.describe(span, delivery.event(), outcome);
            return outcome;
        } catch (RejectedEventException e) {
            // the handler refused it in words of its own
            log.count(consumer, e.reason().name().toLowerCase());
            Deliveries.describe(span, delivery.event(), e.reason().name().toLowerCase());
            span.setStatus(StatusCode.ERROR, e.getMessage());
            throw e.by(consumer);
        } catch (RuntimeException e) {
            log.count(consumer, "handler_failed");
            RejectedEventException refused = new RejectedEventException(Reason.HANDLER_FAILED, String.valueOf(e.getMessage()), e);
            Deliveries.describe(span, delivery.event(), "handler_failed");
            span.setStatus(StatusCode.ERROR, refused.getMessage());
            throw refused.by(consumer);
        } finally {
            deliveries.close(span);
        }
    }

    /** Records the event and, when it is new, applies it; in the caller's transaction. False for a duplicate. */
    private boolean applyOnce(String consumer, Delivery delivery) {
        if (!log.record(consumer, delivery.event())) {
            return false;
        }
        delivery.handler().accept(delivery.event());
        return true;
    }
}
