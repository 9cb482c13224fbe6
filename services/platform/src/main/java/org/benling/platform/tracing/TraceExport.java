package org.benling.platform.tracing;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.exporter.zipkin.ZipkinSpanExporter;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a service's spans go and which spans may begin a trace.
 *
 * <p>Spans go to a Zipkin endpoint ({@code benling.tracing.zipkin-endpoint}, from {@code BENLING_TRACING_ZIPKIN_ENDPOINT}):
 * {@code ./benling start} runs the Zipkin server locally, and in a cluster the OpenTelemetry Collector, Jaeger and
 * Grafana Tempo all take the Zipkin format. Without an endpoint (the tests) nothing is exported; Quarkus's OTLP
 * exporter is off. Quarkus hands every {@link SpanExporter} bean to its batch span processor.
 *
 * <p>A trace begins only where work enters a service — an HTTP request ({@link SpanKind#SERVER}), a Kafka delivery
 * ({@link SpanKind#CONSUMER}) — and every span below follows its parent's decision. A database statement with no
 * parent (the outbox relay polling, the job store's check-ins: several a second in every instance) begins none,
 * else it would bury the requests under traces of one SQL statement each.
 */
@Singleton
public class TraceExport {

    @ConfigProperty(name = "benling.tracing.zipkin-endpoint")
    Optional<String> zipkinEndpoint;

    @Produces
    @Singleton
    SpanExporter zipkin() {
        return zipkinEndpoint.filter(endpoint -> !endpoint.isBlank())
                .<SpanExporter>map(endpoint -> ZipkinSpanExporter.builder().setEndpoint(endpoint).build())
                .orElseGet(SpanExporter::composite); // none: the exporter that drops every span (a test's own still gets them)
    }

    @Produces
    @Singleton
    Sampler sampler() {
        return Sampler.parentBased(new EntryPoints());
    }

    /** The root sampler: a span with no parent is sampled when work enters the service with it. */
    static final class EntryPoints implements Sampler {
        @Override
        public SamplingResult shouldSample(Context parent, String traceId, String name, SpanKind kind,
                Attributes attributes, List<LinkData> links) {
            return kind == SpanKind.SERVER || kind == SpanKind.CONSUMER
                    ? SamplingResult.recordAndSample() : SamplingResult.drop();
        }

        @Override
        public String getDescription() {
            return "EntryPoints{SERVER,CONSUMER}";
        }
    }
}
