package org.benling.platform.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.benling.contracts.events.CloudEvent;
import org.benling.platform.tracing.MessagingSpans;
import org.benling.platform.tracing.TraceContext;

/**
 * The relay's side facing Kafka: a batch of outbox rows sent as records (the CloudEvent headers, the trace context of
 * a publish span each), then every acknowledgement awaited within one deadline. The first failure abandons whatever is
 * queued behind it in the producer, so that no later record of the batch reaches a topic before the failed one is
 * retried ({@link OutboxRelay} holds the later rows of its key back).
 */
@ApplicationScoped
class BatchSender {

    /** An outbox row as the relay selected it. */
    record Row(long id, String topic, String key, String payload, int attempts, String eventId, String eventType,
            String traceparent) {

        static Row of(Object[] columns) {
            return new Row(((Number) columns[0]).longValue(), (String) columns[1], (String) columns[2],
                    (String) columns[3], ((Number) columns[4]).intValue(), columns[5].toString(), (String) columns[6],
                    (String) columns[7]);
        }
    }

    @Inject OutboxProducer producer;
    @Inject Tracer tracer;

    /**
     * Sends the rows and waits for Kafka; each row's error in the rows' order, null for a row acknowledged. A send may
     * block while the broker is unreachable: rows not yet sent when the time is up are not sent at all.
     */
    List<String> send(List<Row> rows, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        List<Span> spans = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Span span = MessagingSpans.publish(tracer, row.topic(), row.key(), row.eventId(), row.eventType(),
                    row.traceparent());
            spans.add(span);
            acks.add(System.nanoTime() < deadline ? producer.send(toRecord(row, span)) : null);
        }
        List<String> errors = new ArrayList<>(rows.size());
        boolean failed = false;
        for (int i = 0; i < rows.size(); i++) {
            String error = awaitAck(acks.get(i), deadline);
            MessagingSpans.end(spans.get(i), error);
            if (error != null && !failed) {
                // whatever is queued behind a failure must not reach the topic before it: fail it all now
                producer.abandonUnacknowledged();
                failed = true;
            }
            errors.add(error);
        }
        return errors;
    }

    private static ProducerRecord<String, String> toRecord(Row row, Span span) {
        var record = new ProducerRecord<String, String>(row.topic(), row.key(), row.payload());
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes());
        record.headers().add("ce_id", row.eventId().getBytes());
        record.headers().add("ce_type", row.eventType().getBytes());
        if (span.getSpanContext().isValid()) {
            TraceContext.inject(Context.root().with(span), record.headers());
        }
        return record;
    }

    private static String awaitAck(Future<RecordMetadata> ack, long deadlineNanos) {
        if (ack == null) {
            return "not sent: the batch ran out of time waiting for Kafka";
        }
        try {
            ack.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return String.valueOf(e.getCause());
        } catch (TimeoutException e) {
            ack.cancel(false);
            return "no acknowledgement from Kafka in time";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
