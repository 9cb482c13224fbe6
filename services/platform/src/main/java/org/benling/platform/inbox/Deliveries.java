package org.benling.platform.inbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.benling.contracts.catalog.EventCatalog;
import org.benling.contracts.events.CloudEvent;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.events.MalformedEventException;
import org.benling.platform.inbox.RejectedEventException.Reason;
import org.benling.platform.tracing.MessagingSpans;
import org.jboss.logging.MDC;

/**
 * What the inbox makes of a record before and while applying it: parsed and routed to its consumer's handler, or
 * refused (malformed, a source that does not own the topic, a type nobody handles) or ignored (a catalogue event the
 * consumer has no use for); and each delivery's span ({@code <topic> process}, in the trace of the request that wrote
 * the event) with the trace, the span, the consumer and the event id in the log context.
 */
@ApplicationScoped
class Deliveries {

    @Inject Tracer tracer;
    @Inject InboxLog log;

    /** Parses and routes a record; a refused or ignored record is counted and traced here, a routed one when applied. */
    Delivery route(String consumer, ConsumerRecord<String, String> record, EventRouter router) {
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
                log.count(consumer, "ignored");
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

    /** Runs {@code work} in a span of the event's writer's trace, with the event in the log context. */
    String traced(String consumer, Delivery delivery, Supplier<String> work) {
        Span span = open(consumer, delivery);
        try (Scope scope = span.makeCurrent()) {
            String outcome = work.get();
            describe(span, delivery.event(), outcome);
            return outcome;
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, String.valueOf(e.getMessage()));
            throw e;
        } finally {
            close(span);
        }
    }

    /** The delivery's span, started, its trace and event in the log context until {@link #close}. */
    Span open(String consumer, Delivery delivery) {
        Span span = MessagingSpans.process(tracer, delivery.record(), consumer);
        MDC.put("traceId", span.getSpanContext().getTraceId());
        MDC.put("spanId", span.getSpanContext().getSpanId());
        MDC.put("consumer", consumer);
        MDC.put("eventId", delivery.event().id().toString());
        return span;
    }

    void close(Span span) {
        span.end();
        MDC.remove("traceId");
        MDC.remove("spanId");
        MDC.remove("consumer");
        MDC.remove("eventId");
    }

    /** The event and what became of it, on the delivery's span. */
    static void describe(Span span, CloudEvent event, String outcome) {
        if (event != null) {
            span.setAttribute("messaging.message.id", event.id().toString());
            span.setAttribute("benling.event.type", event.type());
        }
        span.setAttribute("benling.inbox.outcome", outcome);
    }

    private Delivery refuse(String consumer, ConsumerRecord<String, String> record, CloudEvent event,
            RejectedEventException e) {
        String outcome = e.reason().name().toLowerCase();
        log.count(consumer, outcome);
        Span span = MessagingSpans.process(tracer, record, consumer);
        describe(span, event, outcome);
        span.setStatus(StatusCode.ERROR, e.getMessage());
        span.end();
        return new Delivery(record, event, null, e.by(consumer));
    }

    private static CloudEvent parse(String payload) {
        if (payload == null || payload.isBlank()) {
            throw new MalformedEventException("empty record");
        }
        return EventJson.read(payload);
    }
}
