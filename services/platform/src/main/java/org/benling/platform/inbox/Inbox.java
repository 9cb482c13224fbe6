package org.benling.platform.inbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.benling.platform.tracing.MessagingSpans;

/**
 * Applies an incoming event at most once per consumer: the event id is recorded in the same transaction
 * as the handler's effect; an id already recorded (a redelivery after a restart or a rebalance, a replay from the
 * dead-letter topic) is acknowledged without applying it again and counted (outcome {@code duplicate}).
 *
 * <p>Refused events go to the dead-letter topic: a malformed record, an unknown type, a source that does not own the
 * topic, a handler that refuses the event ({@link Deliveries}). A failure that is the world's and not the event's
 * (the database down or restarting, a lock or a concurrent update) is retried in place ({@link TransientRetry}), the
 * consumer waiting meanwhile so that a key's events stay in order; each retry is counted (outcome {@code retried})
 * and logged.
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

    @Inject ShutdownHold shutdown;
    @Inject Tracer tracer;
    @Inject DeadLetterProducer deadLetters;
    @Inject Deliveries deliveries;
    @Inject InboxLog log;
    @Inject SoloDelivery solo;

    /** How many times a conflict (lock, deadlock, concurrent update) is tried before the event is refused. */
    public static final int CONFLICT_ATTEMPTS = TransientRetry.CONFLICT_ATTEMPTS;

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
        Delivery delivery = deliveries.route(consumer, record, router);
        if (delivery.refused() != null) {
            throw delivery.refused();
        }
        return delivery.handler() == null ? "ignored" : solo.apply(consumer, delivery, null, () -> beforeCommit(consumer));
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
     * failing one goes through {@link SoloDelivery} as though the batch's attempt had been its first (retried if the
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
            Delivery delivery = deliveries.route(consumer, record, router);
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

    /** The batch's transaction failed: at the event at {@code index} of the batch, or at commit ({@code -1}). */
    private record BatchFailure(int index, RuntimeException cause) {
    }

    /** The events of a batch in one transaction; null when it committed (each counted), else where it failed. */
    private BatchFailure applyTogether(String consumer, List<Delivery> batch) {
        int[] at = {0};
        String[] outcomes = new String[batch.size()];
        // each event's work in a span of its writer's trace; what they share in a span of the batch
        Span shared = MessagingSpans.batch(tracer, batch.stream().map(Delivery::record).toList(), consumer);
        try (Scope scope = shared.makeCurrent()) {
            QuarkusTransaction.requiringNew().run(() -> {
                Set<UUID> claimed = log.recordAll(consumer, batch.stream().map(Delivery::event).toList());
                for (at[0] = 0; at[0] < batch.size(); at[0]++) {
                    Delivery delivery = batch.get(at[0]);
                    // the first delivery of an event the inbox did not know is applied; a later one is a duplicate
                    outcomes[at[0]] = deliveries.traced(consumer, delivery, () -> {
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
            log.count(consumer, outcome);
        }
        return null;
    }

    private void applyOrRefuse(String consumer, Delivery delivery, RuntimeException prior, List<Delivery> refused) {
        try {
            solo.apply(consumer, delivery, prior, () -> beforeCommit(consumer));
        } catch (RejectedEventException e) {
            refused.add(delivery.refusedFor(e));
        }
    }

    /** The consumer's step before the commit ({@link EventRouter#beforeCommit}), in the transaction that applied. */
    private void beforeCommit(String consumer) {
        router(consumer).ifPresent(EventRouter::runBeforeCommit);
    }
}
