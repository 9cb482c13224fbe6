package org.benling.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.BiConsumer;
import org.benling.contracts.events.CloudEvent;
import org.benling.contracts.events.EventCatalog;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.events.MalformedEventException;
import org.benling.platform.inbox.RejectedEventException.Reason;

/**
 * Applies an incoming event at most once per consumer: the event id is recorded in the same transaction
 * as the handler's effect, and an id already recorded is refused as a duplicate.
 *
 * <p>Use it from a blocking {@code @Incoming} method whose channel has
 * {@code failure-strategy=dead-letter-queue}, {@code dead-letter-queue.topic=<topic>.dlq} and
 * {@code cloud-events=false} (the inbox reads the envelope itself, so the connector must pass the raw JSON): a
 * {@link RejectedEventException} nacks the message, which then lands on the DLQ with the reason.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    public void accept(String consumer, String payload, EventRouter router) {
        try {
            CloudEvent event = parse(payload);
            if (!router.trusts(event.source())) {
                throw new RejectedEventException(Reason.FOREIGN_SOURCE, "source " + event.source()
                        + " does not own this topic (owner: " + String.join(", ", router.sources()) + ")", null);
            }
            var routed = router.handlerFor(event.type());
            if (routed.isEmpty() && EventCatalog.byType(event.type()).isPresent()) {
                // a catalogue event this consumer has no use for: not poison, just not ours
                count(consumer, "ignored");
                return;
            }
            BiConsumer<CloudEvent, Object> handler = routed.orElseThrow(
                    () -> new RejectedEventException(Reason.UNKNOWN_TYPE, "no handler for type " + event.type(), null));
            QuarkusTransaction.requiringNew().run(() -> {
                if (!record(consumer, event)) {
                    throw new RejectedEventException(Reason.DUPLICATE, "event " + event.id() + " already applied", null);
                }
                handler.accept(event, null);
            });
            count(consumer, "applied");
        } catch (RejectedEventException e) {
            count(consumer, e.reason().name().toLowerCase());
            throw e;
        } catch (MalformedEventException e) {
            count(consumer, "malformed");
            throw new RejectedEventException(Reason.MALFORMED, e.getMessage(), e);
        } catch (RuntimeException e) {
            count(consumer, "handler_failed");
            throw new RejectedEventException(Reason.HANDLER_FAILED, String.valueOf(e.getMessage()), e);
        }
    }

    private static CloudEvent parse(String payload) {
        if (payload == null || payload.isBlank()) {
            throw new MalformedEventException("empty record");
        }
        return EventJson.read(payload);
    }

    private boolean record(String consumer, CloudEvent event) {
        return em.createNativeQuery("""
                INSERT INTO inbox_event (consumer, event_id, event_type) VALUES (:consumer, :id, :type)
                ON CONFLICT DO NOTHING""")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .executeUpdate() == 1;
    }

    private void count(String consumer, String outcome) {
        metrics.counter("benling.inbox.events", "consumer", consumer, "outcome", outcome).increment();
    }
}
