package org.benling.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.benling.contracts.events.CloudEvent;
import org.benling.contracts.catalog.EventCatalog;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.events.MalformedEventException;
import org.benling.platform.inbox.RejectedEventException.Reason;
import org.benling.platform.persistence.TransientFailures;
import org.benling.platform.tracing.MessagingSpans;
import org.jboss.logging.MDC;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies an incoming event at most once per consumer: the event id is recorded in the same transaction
 * as the handler's effect; an id already recorded (a redelivery after a restart or a rebalance, a replay from the
 * dead-letter topic) is acknowledged without applying it again and counted (outcome {@code duplicate}).
 *
 * <p>Refused events go to the dead-letter topic: a malformed record, an unknown type, a source that does not own the
 * topic, a handler that refuses the event. A failure that is the world's and not the event's
 * ({@link TransientFailures}: the database down or restarting, a lock or a concurrent update) is retried in place,
 * with a backoff from {@code benling.inbox.retry-initial} to {@code benling.inbox.retry-max}: for as long as the
 * database is unavailable, up to {@value #CONFLICT_ATTEMPTS} times for a conflict. The consumer waits meanwhile, so
 * a key's events stay in order; each retry is counted (outcome {@code retried}) and logged.
 *
 * <p>Each delivery is a span ({@code <topic> process}) of the trace the record's {@code traceparent} header names —
 * the trace of the request that wrote the event — so the handler's statements and the events it writes in turn
 * belong to it too; its log lines carry the trace, the span, the consumer and the event id ({@code MDC}).
 *
 * <p>Use it from a blocking {@code @Incoming} method that receives the {@code ConsumerRecord}, whose channel has
 * {@code failure-strategy=dead-letter-queue}, {@code dead-letter-queue.topic=<topic>.dlq} and
 * {@code cloud-events=false} (the inbox reads the envelope itself, so the connector must pass the raw JSON): a
 * {@link RejectedEventException} nacks the message, which then lands on the DLQ with the reason.
 *
 * <p>An instance that is stopping applies nothing more ({@link ShutdownHold}).
 */
@ApplicationScoped
public class Inbox {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Inbox.class);

    @Inject ShutdownHold shutdown;
    @Inject EntityManager em;
    @Inject MeterRegistry metrics;
    @Inject Tracer tracer;

    /** How many times a conflict (lock, deadlock, concurrent update) is tried before the event is refused. */
    public static final int CONFLICT_ATTEMPTS = 10;

    @ConfigProperty(name = "benling.inbox.retry-initial", defaultValue = "PT0.5S")
    Duration retryInitial;

    @ConfigProperty(name = "benling.inbox.retry-max", defaultValue = "PT30S")
    Duration retryMax;

    /** A named consumer: the messages of its {@code @Incoming} method go through {@link #accept}. */
    public record Consumer(String name, EventRouter router, Inbox inbox) {
        public void accept(ConsumerRecord<String, String> record) {
            inbox.accept(name, record, router);
        }
    }

    private final java.util.Map<String, EventRouter> consumers = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Names a consumer of this service and its router: the name keys its inbox rows and its metrics, and the dead-letter
     * replay finds the router by it ({@link DeadLetters}).
     */
    public Consumer consumer(String name, EventRouter router) {
        EventRouter known = consumers.putIfAbsent(name, router);
        if (known != null && known != router) {
            throw new IllegalStateException("two consumers named " + name);
        }
        return new Consumer(name, router, this);
    }

    /** The router of a consumer of this service, by name. */
    java.util.Optional<EventRouter> router(String consumer) {
        return java.util.Optional.ofNullable(consumers.get(consumer));
    }

    /**
     * Applies a record delivered to {@code consumer} (see the class comment), in a span of the writer's trace.
     *
     * @return what became of it: {@code applied}, {@code duplicate}, {@code ignored} (a catalogue event this consumer
     *         has no use for) or {@code held} (the instance is stopping)
     * @throws RejectedEventException when refused, naming the consumer
     */
    public String accept(String consumer, ConsumerRecord<String, String> record, EventRouter router) {
        Span span = MessagingSpans.process(tracer, record, consumer);
        try (Scope scope = span.makeCurrent()) {
            MDC.put("traceId", span.getSpanContext().getTraceId());
            MDC.put("spanId", span.getSpanContext().getSpanId());
            MDC.put("consumer", consumer);
            String outcome = accept(consumer, record.value(), router, span);
            span.setAttribute("benling.inbox.outcome", outcome);
            return outcome;
        } catch (RejectedEventException e) {
            span.setAttribute("benling.inbox.outcome", e.reason().name().toLowerCase());
            span.setStatus(StatusCode.ERROR, e.getMessage());
            throw e.by(consumer);
        } finally {
            span.end();
            MDC.remove("traceId");
            MDC.remove("spanId");
            MDC.remove("consumer");
            MDC.remove("eventId");
        }
    }

    private String accept(String consumer, String payload, EventRouter router, Span span) {
        if (shutdown.stopping()) {
            // let go only once the connector is closed: the acknowledgement then commits nothing
            shutdown.hold(consumer);
            return "held";
        }
        try {
            CloudEvent event = parse(payload);
            MDC.put("eventId", event.id().toString());
            span.setAttribute("messaging.message.id", event.id().toString());
            span.setAttribute("benling.event.type", event.type());
            if (!router.trusts(event.source())) {
                throw new RejectedEventException(Reason.FOREIGN_SOURCE, "source " + event.source()
                        + " does not own this topic (owner: " + String.join(", ", router.sources()) + ")", null);
            }
            var routed = router.handlerFor(event.type());
            if (routed.isEmpty() && EventCatalog.byType(event.type()).isPresent()) {
                // a catalogue event this consumer has no use for: not poison, just not ours
                count(consumer, "ignored");
                return "ignored";
            }
            java.util.function.Consumer<CloudEvent> handler = routed.orElseThrow(
                    () -> new RejectedEventException(Reason.UNKNOWN_TYPE, "no handler for type " + event.type(), null));
            Boolean applied = applyRetryingTransientFailures(consumer, event, handler);
            if (applied == null) {
                // the instance began to stop while the database was away: the next instance applies it
                shutdown.hold(consumer);
                return "held";
            }
            if (!applied) {
                // redelivered (a restart, a rebalance, a replay): acknowledged and counted, the effect is not repeated
                LOG.debugf("%s: event %s already applied, acknowledged", consumer, event.id());
                count(consumer, "duplicate");
                return "duplicate";
            }
            count(consumer, "applied");
            return "applied";
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

    /**
     * Records and applies the event in one transaction, again after a transient failure (see the class comment).
     * True when applied, false for a duplicate, null when the instance began to stop before it could be applied.
     */
    private Boolean applyRetryingTransientFailures(String consumer, CloudEvent event,
            java.util.function.Consumer<CloudEvent> handler) {
        long delay = retryInitial.toMillis();
        int conflicts = 0;
        while (true) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (!record(consumer, event)) {
                        return false;
                    }
                    handler.accept(event);
                    return true;
                });
            } catch (RuntimeException e) {
                TransientFailures.Kind kind = TransientFailures.of(e);
                if (kind == null || (kind == TransientFailures.Kind.CONFLICT && ++conflicts >= CONFLICT_ATTEMPTS)) {
                    throw e;
                }
                if (shutdown.stopping()) {
                    return null;
                }
                count(consumer, "retried");
                LOG.warnf("%s: event %s not applied (%s: %s), trying again in %d ms", consumer, event.id(), kind,
                        e.getMessage(), delay);
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
