package org.benling.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The spans of an event's way through Kafka, named and described after OpenTelemetry's messaging conventions:
 * {@code <topic> publish} (the relay's send, a child of the span that wrote the outbox row) and {@code <topic> process}
 * (a consumer's work on the record, a child of the send whose context the record carries).
 */
public final class MessagingSpans {

    private MessagingSpans() {
    }

    /** The send of an outbox row written in a trace; no span (an invalid one) for a row written outside a trace. */
    public static Span publish(Tracer tracer, String topic, String key, String eventId, String eventType, String traceparent) {
        if (traceparent == null) {
            return Span.getInvalid();
        }
        return tracer.spanBuilder(topic + " publish")
                .setParent(TraceContext.fromTraceparent(traceparent))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.message.id", eventId)
                .setAttribute("messaging.kafka.message.key", key)
                .setAttribute("benling.event.type", eventType)
                .startSpan();
    }

    /** A consumer's work on a delivered record, continuing the trace its headers carry (a new one without). */
    public static Span process(Tracer tracer, ConsumerRecord<String, String> record, String consumer) {
        return consumerWork(tracer, record, consumer, " process", SpanKind.CONSUMER)
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .startSpan();
    }

    /**
     * A consumer's work that a batch's records share (the inbox's record of them, the consumer's step before the
     * commit): {@code <topic> process batch}, in the trace of the batch's last record (a child of its send) and linked
     * to the sends of the others, so each event's trace still shows the statements its effect was written in.
     */
    public static Span batch(Tracer tracer, java.util.List<ConsumerRecord<String, String>> records, String consumer) {
        ConsumerRecord<String, String> last = records.get(records.size() - 1);
        var builder = consumerWork(tracer, last, consumer, " process batch", SpanKind.INTERNAL)
                .setAttribute("messaging.batch.message_count", (long) records.size());
        for (ConsumerRecord<String, String> record : records.subList(0, records.size() - 1)) {
            var send = Span.fromContext(TraceContext.from(record.headers())).getSpanContext();
            if (send.isValid()) {
                builder.addLink(send);
            }
        }
        return builder.startSpan();
    }

    /** A span of a consumer's work on {@code record}'s topic, the child of the send its headers carry. */
    private static SpanBuilder consumerWork(Tracer tracer, ConsumerRecord<String, String> record, String consumer,
            String suffix, SpanKind kind) {
        return tracer.spanBuilder(record.topic() + suffix)
                .setParent(TraceContext.from(record.headers()))
                .setSpanKind(kind)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", consumer);
    }

    /** Ends a span, marked failed with {@code error} when there is one. */
    public static void end(Span span, String error) {
        if (error != null) {
            span.setStatus(StatusCode.ERROR, error);
        }
        span.end();
    }
}
