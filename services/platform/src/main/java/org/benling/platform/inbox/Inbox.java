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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
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
 * <p>Use it from a blocking {@code @Incoming} method that receives the {@code ConsumerRecords} of a channel with
 * {@code batch=true}, {@code failure-strategy=fail} and {@code cloud-events=false} (the inbox reads the envelope
 * itself, so the connector must pass the raw JSON), through {@link Consumer#acceptAll}: what it refuses lands on
 * {@code <topic>.dlq} with the reason ({@link DeadLetterProducer}); the method throws only when the instance stops
 * before a refused record is safe, and the batch is then delivered again after the restart. {@link #accept} takes one
 * record and throws {@link RejectedEventException} when it refuses it (the dead-letter replay uses it).
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
    @Inject DeadLetterProducer deadLetters;

    /** How many times a conflict (lock, deadlock, concurrent update) is tried before the event is refused. */
    public static final int CONFLICT_ATTEMPTS = 10;

    @ConfigProperty(name = "benling.inbox.retry-initial", defaultValue = "PT0.5S")
    Duration retryInitial;

    @ConfigProperty(name = "benling.inbox.retry-max", defaultValue = "PT30S")
    Duration retryMax;

    /** A named consumer: the messages of its {@code @Incoming} method go through {@link #accept} or {@link #acceptAll}. */
    public record Consumer(String name, EventRouter router, Inbox inbox) {
        public void accept(ConsumerRecord<String, String> record) {
            inbox.accept(name, record, router);
        }

        /** A batch the channel delivered ({@code batch=true}): see {@link Inbox#acceptAll}. */
        public void acceptAll(ConsumerRecords<String, String> records) {
            inbox.acceptAll(name, records, router);
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
        if (shutdown.stopping()) {
            // let go only once the connector is closed: the acknowledgement then commits nothing
            shutdown.hold(consumer);
            return "held";
        }
        Delivery delivery = route(consumer, record, router);
        if (delivery.refused() != null) {
            throw delivery.refused();
        }
        return delivery.handler() == null ? "ignored" : applyAlone(consumer, delivery, null);
    }

    /**
     * Applies a batch of records delivered to {@code consumer}: every event the batch holds in one transaction (one
     * commit instead of one per event, which is what limits a consumer's rate: docs/benchmarks.md, "Event loop"), each
     * still recorded in the inbox with its effect and traced in its writer's trace. Within a partition the records come
     * in order, and they are applied in that order.
     *
     * <p>Whatever the batch holds that one event at a time would treat apart is treated apart, with the same outcome:
     * <ul>
     * <li>a refused record (malformed, foreign, unknown type) is written to {@code <topic>.dlq} by
     * {@link DeadLetterProducer} with the headers the connector's own dead-letter strategy writes (in batch mode the
     * connector can only dead-letter a whole batch);</li>
     * <li>when an event's handler fails, the batch rolls back; the events before it are applied again, each alone, the
     * failing one goes through {@link #applyAlone} as though the batch's attempt had been its first (retried if the
     * failure is transient, else dead-lettered), and the rest continue as a batch;</li>
     * <li>when the commit fails, or the consumer's step before it ({@link EventRouter#beforeCommit}), no event is to
     * blame: each is applied alone.</li>
     * </ul>
     * Dead-lettering waits for the broker's acknowledgement before the batch is acknowledged.
     */
    public void acceptAll(String consumer, Iterable<ConsumerRecord<String, String>> records, EventRouter router) {
        if (shutdown.stopping()) {
            shutdown.hold(consumer);
            return;
        }
        List<Delivery> routed = new ArrayList<>();
        List<Delivery> refused = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            Delivery delivery = route(consumer, record, router);
            if (delivery.refused() != null) {
                refused.add(delivery);
            } else if (delivery.handler() != null) {
                routed.add(delivery);
            }
        }
        int from = 0;
        while (from < routed.size()) {
            List<Delivery> rest = routed.subList(from, routed.size());
            BatchFailure failure = applyTogether(consumer, rest);
            if (failure == null) {
                break;
            }
            if (shutdown.stopping()) {
                shutdown.hold(consumer);
                return;
            }
            if (failure.index() < 0) {
                // a failure at commit, or in the consumer's step before it, names no event: each is applied alone
                for (Delivery delivery : rest) {
                    applyOrRefuse(consumer, delivery, null, refused);
                }
                break;
            }
            int failed = failure.index();
            for (int i = 0; i < failed; i++) {
                applyOrRefuse(consumer, rest.get(i), null, refused);
            }
            applyOrRefuse(consumer, rest.get(failed), failure.cause(), refused);
            from += failed + 1;
        }
        for (Delivery delivery : refused) {
            deadLetters.send(delivery.record(), delivery.refused());
        }
    }

    /** A record of a batch, routed: its event and the handler (none when ignored), or why it is refused. */
    private record Delivery(ConsumerRecord<String, String> record, CloudEvent event,
            java.util.function.Consumer<CloudEvent> handler, RejectedEventException refused) {
    }

    /** The batch's transaction failed: at the event at {@code index} of the batch, or at commit ({@code -1}). */
    private record BatchFailure(int index, RuntimeException cause) {
    }

    /** Parses and routes a record; a refused or ignored record is counted and traced here, a routed one when applied. */
    private Delivery route(String consumer, ConsumerRecord<String, String> record, EventRouter router) {
        CloudEvent event = null;
        try {
            event = parse(record.value());
            if (!router.trusts(event.source())) {
                throw new RejectedEventException(Reason.FOREIGN_SOURCE, "source " + event.source()
                        + " does not own this topic (owner: " + String.join(", ", router.sources()) + ")", null);
            }
            var routed = router.handlerFor(event.type());
            if (routed.isEmpty() && EventCatalog.byType(event.type()).isPresent()) {
                // a catalogue event this consumer has no use for: not poison, just not ours
                count(consumer, "ignored");
                Span span = MessagingSpans.process(tracer, record, consumer);
                describe(span, event, "ignored");
                span.end();
                return new Delivery(record, event, null, null);
            }
            CloudEvent known = event;
            return new Delivery(record, event, routed.orElseThrow(
                    () -> new RejectedEventException(Reason.UNKNOWN_TYPE, "no handler for type " + known.type(), null)),
                    null);
        } catch (RejectedEventException e) {
            return refuse(consumer, record, event, e);
        } catch (MalformedEventException e) {
            return refuse(consumer, record, null, new RejectedEventException(Reason.MALFORMED, e.getMessage(), e));
        }
    }

    private Delivery refuse(String consumer, ConsumerRecord<String, String> record, CloudEvent event,
            RejectedEventException e) {
        String outcome = e.reason().name().toLowerCase();
        count(consumer, outcome);
        Span span = MessagingSpans.process(tracer, record, consumer);
        describe(span, event, outcome);
        span.setStatus(StatusCode.ERROR, e.getMessage());
        span.end();
        return new Delivery(record, event, null, e.by(consumer));
    }

    private static void describe(Span span, CloudEvent event, String outcome) {
        if (event != null) {
            span.setAttribute("messaging.message.id", event.id().toString());
            span.setAttribute("benling.event.type", event.type());
        }
        span.setAttribute("benling.inbox.outcome", outcome);
    }

    /** The events of a batch in one transaction; null when it committed (each counted), else where it failed. */
    private BatchFailure applyTogether(String consumer, List<Delivery> batch) {
        int[] at = {0};
        String[] outcomes = new String[batch.size()];
        // each event's work in a span of its writer's trace; what they share in a span of the batch
        Span shared = MessagingSpans.batch(tracer, batch.stream().map(Delivery::record).toList(), consumer);
        try (Scope scope = shared.makeCurrent()) {
            QuarkusTransaction.requiringNew().run(() -> {
                Set<UUID> claimed = recordAll(consumer, batch);
                for (at[0] = 0; at[0] < batch.size(); at[0]++) {
                    Delivery delivery = batch.get(at[0]);
                    // the first delivery of an event the inbox did not know is applied; a later one is a duplicate
                    outcomes[at[0]] = traced(consumer, delivery, () -> {
                        if (!claimed.remove(delivery.event().id())) {
                            return "duplicate";
                        }
                        delivery.handler().accept(delivery.event());
                        return "applied";
                    });
                }
                at[0] = -1;
                beforeCommit(consumer);
            });
        } catch (RuntimeException e) {
            shared.setStatus(StatusCode.ERROR, String.valueOf(e.getMessage()));
            return new BatchFailure(at[0], e);
        } finally {
            shared.end();
        }
        for (String outcome : outcomes) {
            count(consumer, outcome);
        }
        return null;
    }

    private void applyOrRefuse(String consumer, Delivery delivery, RuntimeException prior, List<Delivery> refused) {
        try {
            applyAlone(consumer, delivery, prior);
        } catch (RejectedEventException e) {
            refused.add(new Delivery(delivery.record(), delivery.event(), null, e));
        }
    }

    /**
     * Applies one event in its own transaction, retrying transient failures; {@code prior} is a failure of an attempt
     * already made (in a batch). The outcome is counted.
     *
     * @throws RejectedEventException naming the consumer, when the handler refuses it for good
     */
    private String applyAlone(String consumer, Delivery delivery, RuntimeException prior) {
        Span span = MessagingSpans.process(tracer, delivery.record(), consumer);
        try (Scope scope = span.makeCurrent()) {
            mdc(consumer, span, delivery.event());
            Boolean applied = applyRetryingTransientFailures(consumer, delivery, prior);
            String outcome = applied == null ? "held" : applied ? "applied" : "duplicate";
            if (applied == null) {
                // the instance began to stop while the database was away: the next instance applies it
                shutdown.hold(consumer);
            } else {
                // a duplicate is a redelivery (a restart, a rebalance, a replay): acknowledged and counted, not repeated
                count(consumer, outcome);
            }
            describe(span, delivery.event(), outcome);
            return outcome;
        } catch (RejectedEventException e) {
            // the handler refused it in words of its own
            count(consumer, e.reason().name().toLowerCase());
            describe(span, delivery.event(), e.reason().name().toLowerCase());
            span.setStatus(StatusCode.ERROR, e.getMessage());
            throw e.by(consumer);
        } catch (RuntimeException e) {
            count(consumer, "handler_failed");
            RejectedEventException refused = new RejectedEventException(Reason.HANDLER_FAILED, String.valueOf(e.getMessage()), e);
            describe(span, delivery.event(), "handler_failed");
            span.setStatus(StatusCode.ERROR, refused.getMessage());
            throw refused.by(consumer);
        } finally {
            span.end();
            clearMdc();
        }
    }

    /** Runs {@code work} in a span of the event's writer's trace, with the event in the log context. */
    private String traced(String consumer, Delivery delivery, java.util.function.Supplier<String> work) {
        Span span = MessagingSpans.process(tracer, delivery.record(), consumer);
        try (Scope scope = span.makeCurrent()) {
            mdc(consumer, span, delivery.event());
            String outcome = work.get();
            describe(span, delivery.event(), outcome);
            return outcome;
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, String.valueOf(e.getMessage()));
            throw e;
        } finally {
            span.end();
            clearMdc();
        }
    }

    /** The consumer's step before the commit ({@link EventRouter#beforeCommit}), in the transaction that applied. */
    private void beforeCommit(String consumer) {
        router(consumer).ifPresent(EventRouter::runBeforeCommit);
    }

    /** Records the event and, when it is new, applies it; in the caller's transaction. False for a duplicate. */
    private boolean apply(String consumer, Delivery delivery) {
        if (!record(consumer, delivery.event())) {
            return false;
        }
        delivery.handler().accept(delivery.event());
        return true;
    }

    /**
     * Records and applies the event in one transaction, again after a transient failure (see the class comment); a
     * {@code prior} failure counts as the first attempt. True when applied, false for a duplicate, null when the
     * instance began to stop before it could be applied.
     */
    private Boolean applyRetryingTransientFailures(String consumer, Delivery delivery, RuntimeException prior) {
        long delay = retryInitial.toMillis();
        int conflicts = 0;
        RuntimeException failure = prior;
        while (true) {
            if (failure == null) {
                try {
                    return QuarkusTransaction.requiringNew().call(() -> {
                        boolean applied = apply(consumer, delivery);
                        beforeCommit(consumer);
                        return applied;
                    });
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
            count(consumer, "retried");
            LOG.warnf("%s: event %s not applied (%s: %s), trying again in %d ms", consumer, delivery.event().id(), kind,
                    failure.getMessage(), delay);
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

    private static void mdc(String consumer, Span span, CloudEvent event) {
        MDC.put("traceId", span.getSpanContext().getTraceId());
        MDC.put("spanId", span.getSpanContext().getSpanId());
        MDC.put("consumer", consumer);
        MDC.put("eventId", event.id().toString());
    }

    private static void clearMdc() {
        MDC.remove("traceId");
        MDC.remove("spanId");
        MDC.remove("consumer");
        MDC.remove("eventId");
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

    /**
     * Records a batch's events in one statement (one per event was a third of a consumer's statements): the ids of those
     * the inbox did not know, in the caller's transaction.
     */
    private Set<UUID> recordAll(String consumer, List<Delivery> batch) {
        Map<UUID, String> events = new LinkedHashMap<>();
        for (Delivery delivery : batch) {
            events.putIfAbsent(delivery.event().id(), delivery.event().type());
        }
        @SuppressWarnings("unchecked")
        List<UUID> recorded = em.createNativeQuery("""
                INSERT INTO inbox_event (consumer, event_id, event_type)
                SELECT :consumer, e.id, e.type FROM unnest(CAST(:ids AS uuid[]), CAST(:types AS text[])) AS e(id, type)
                ON CONFLICT DO NOTHING
                RETURNING event_id""")
                .setParameter("consumer", consumer)
                .setParameter("ids", events.keySet().toArray(UUID[]::new))
                .setParameter("types", events.values().toArray(String[]::new))
                .getResultList();
        return new HashSet<>(recorded);
    }

    private void count(String consumer, String outcome) {
        metrics.counter("benling.inbox.events", "consumer", consumer, "outcome", outcome).increment();
    }
}
