package org.benling.gateway.config;

import io.opentelemetry.exporter.zipkin.ZipkinSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's spans go where the services' do (platform {@code TraceExport}): the Zipkin endpoint
 * {@code benling.tracing.zipkin-endpoint}, or nowhere without one.
 */
@Singleton
public class GatewayTraceExport {

    @ConfigProperty(name = "benling.tracing.zipkin-endpoint")
    Optional<String> zipkinEndpoint;

    @Produces
    @Singleton
    SpanExporter zipkin() {
        return zipkinEndpoint.filter(endpoint -> !endpoint.isBlank())
                .<SpanExporter>map(endpoint -> ZipkinSpanExporter.builder().setEndpoint(endpoint).build())
                .orElseGet(SpanExporter::composite); // none: the exporter that drops every span
    }
}
