package org.benling.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.ManagementInterface;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.benling.gateway.config.GatewayConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code GET /q/openapi}: the gateway's own document and every service's, fetched live and merged, cached
 * briefly. A service that is down is listed as unavailable in {@code x-benling-services}.
 */
@ApplicationScoped
public class MergedOpenApiRoute {

    private static final Logger LOG = Logger.getLogger(MergedOpenApiRoute.class);
    private static final Duration CACHE = Duration.ofSeconds(30);

    @Inject GatewayConfig config;
    @Inject ObjectMapper mapper;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile String cached;
    private volatile long cachedAt;

    @ConfigProperty(name = "quarkus.management.enabled", defaultValue = "false")
    boolean managementInterface;

    /** On the management interface when there is one (production: /q/* never on the public port). */
    void management(@Observes ManagementInterface management) {
        management.router().get("/q/openapi").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::serve);
    }

    void routes(@Observes Router router) {
        if (!managementInterface) {
            router.get("/q/openapi").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::serve);
        }
    }

    private void serve(RoutingContext rc) {
        int port = rc.request().localAddress().port();
        rc.vertx().<String>executeBlocking(() -> document(port), false).onComplete(result -> {
            if (result.succeeded()) {
                rc.response().putHeader("Content-Type", "application/json;charset=UTF-8").end(result.result());
            } else {
                LOG.error("merging the OpenAPI documents failed", result.cause());
                rc.fail(result.cause());
            }
        });
    }

    String document(int ownPort) throws Exception {
        String current = cached;
        if (current != null && System.nanoTime() - cachedAt < CACHE.toNanos()) {
            return current;
        }
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        fetch("gateway", URI.create("http://localhost:" + ownPort + "/q/openapi-gateway?format=json"), documents, missing);
        config.routes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(route ->
                fetch(route.getKey(), route.getValue().managementUrl().orElse(route.getValue().url())
                        .resolve("/q/openapi?format=json"), documents, missing));
        String merged = mapper.writerWithDefaultPrettyPrinter()
                .writeValueAsString(new OpenApiMerger(mapper).merge(documents, missing));
        if (missing.isEmpty()) {
            cached = merged;
            cachedAt = System.nanoTime(); // elapsed time, not the time of day
        }
        return merged;
    }

    private void fetch(String service, URI uri, Map<String, JsonNode> documents, List<String> missing) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("status " + response.statusCode());
            }
            documents.put(service, mapper.readTree(response.body()));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf("OpenAPI document of %s not available from %s: %s", service, uri, e.getMessage());
            missing.add(service);
        }
    }
}
