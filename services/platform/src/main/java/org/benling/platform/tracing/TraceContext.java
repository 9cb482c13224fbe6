package org.benling.platform.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * A trace's context carried across Kafka as the W3C {@code traceparent}: the outbox stores the writer's with the event,
 * the relay sets it on the record, the inbox continues the trace from it. The record header has the name and format
 * of the HTTP header, so any consumer that reads W3C trace context (not only Benling's) joins the trace.
 */
public final class TraceContext {

    public static final String HEADER = "traceparent";
    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();

    private TraceContext() {
    }

    /** The current span's context as a {@code traceparent}, or null when there is no span (a job, a test). */
    public static String traceparent() {
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** The context a stored {@code traceparent} names (the root context for null or a malformed one). */
    public static Context fromTraceparent(String traceparent) {
        return traceparent == null ? Context.root()
                : W3C.extract(Context.root(), Map.of(HEADER, traceparent), MAP_GETTER);
    }

    /** The context a Kafka record's headers carry (the root context when they carry none). */
    public static Context from(Headers headers) {
        return headers == null ? Context.root() : W3C.extract(Context.root(), headers, HEADERS_GETTER);
    }

    /** Sets {@code context} on the record's headers, replacing a {@code traceparent} already there. */
    public static void inject(Context context, Headers headers) {
        W3C.inject(context, headers, (carrier, name, value) -> {
            carrier.remove(name);
            carrier.add(name, value.getBytes(StandardCharsets.UTF_8));
        });
    }

    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private static final TextMapGetter<Headers> HEADERS_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers carrier) {
            return StreamSupport.stream(carrier.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers carrier, String key) {
            Header header = carrier == null ? null : carrier.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };
}
