package org.benling.gateway.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.stork.Stork;
import io.smallrye.stork.api.ServiceInstance;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.benling.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * The gateway's own reads from the services, for the views it composes: a GET to one instance of the owner (chosen by
 * Stork as for proxied requests), with the caller's token, language and request id, that never fails — an owner that
 * is down, refuses the connection or misses the deadline comes back as {@link OwnerAnswer#unavailable}.
 */
@ApplicationScoped
public class OwnerCalls {

    private static final Logger LOG = Logger.getLogger(OwnerCalls.class);

    /** What the owner answered: its status and body, or (status 0) why there was no answer. */
    public record OwnerAnswer(int status, Buffer body, String failure) {

        public static OwnerAnswer unavailable(String why) {
            return new OwnerAnswer(0, Buffer.buffer(), why);
        }

        public boolean answered() {
            return status > 0;
        }
    }

    /** Who is asking: the caller's access token, language and the gateway's request id, passed to every owner. */
    public record Caller(String token, String language, String requestId) {

        /** The caller of this request (the owners answer in the caller's language: their reasons and messages). */
        public static Caller of(io.quarkus.security.identity.SecurityIdentity identity, io.vertx.ext.web.RoutingContext request) {
            io.quarkus.oidc.AccessTokenCredential token = identity.getCredential(io.quarkus.oidc.AccessTokenCredential.class);
            return new Caller(token == null ? null : token.getToken(), request.request().getHeader("Accept-Language"),
                    org.benling.gateway.web.RequestIdFilter.current(request));
        }
    }

    @Inject Vertx vertx;
    @Inject GatewayConfig config;
    @Inject ObjectMapper json;

    private HttpClient client;

    @PostConstruct
    void init() {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(32)
                .setKeepAlive(true));
    }

    /** A section's answer: its status, and the owner's JSON where it is available (a 200 that is not JSON is not). */
    public record Section(SectionStatus status, JsonNode data, String detail) {
    }

    /** {@code GET uri} at the service as a section of a composed view, within the composition deadline. */
    public Uni<Section> section(String service, String uri, Caller caller) {
        return get(service, uri, caller, deadline()).map(this::asSection);
    }

    /** How long a composed view waits for each owner. */
    public Duration deadline() {
        return config.compositionDeadline();
    }

    /** An owner's answer as a section: its JSON where it is available (a 200 that is not JSON counts as unavailable). */
    public Section asSection(OwnerAnswer answer) {
        SectionStatus status = SectionStatus.of(answer);
        JsonNode data = null;
        if (status == SectionStatus.AVAILABLE) {
            try {
                data = json.readTree(answer.body().getBytes());
            } catch (java.io.IOException e) {
                return new Section(SectionStatus.UNAVAILABLE, null,
                        SectionStatus.UNAVAILABLE.detail(OwnerAnswer.unavailable("an answer that is not JSON")));
            }
        }
        return new Section(status, data, status.detail(answer));
    }

    /** {@code GET uri} at the service, answered within the deadline or marked unavailable. */
    public Uni<OwnerAnswer> get(String service, String uri, Caller caller, Duration deadline) {
        return Uni.createFrom().completionStage(() -> Stork.getInstance().getService(service)
                        .selectInstanceAndRecordStart(true).subscribeAsCompletionStage())
                .onItem().transformToUni(instance -> send(instance, uri, caller, deadline))
                .ifNoItem().after(deadline).recoverWithItem(() -> OwnerAnswer.unavailable("no answer within " + deadline.toMillis() + " ms"))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("GET %s at %s: %s", uri, service, failure.toString());
                    return OwnerAnswer.unavailable(failure.getClass().getSimpleName());
                });
    }

    private Uni<OwnerAnswer> send(ServiceInstance instance, String uri, Caller caller, Duration deadline) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET)
                .setHost(instance.getHost()).setPort(instance.getPort()).setURI(uri)
                .setIdleTimeout(deadline.toMillis())
                .putHeader("Accept", "application/json");
        if (caller.token() != null) {
            options.putHeader("Authorization", "Bearer " + caller.token());
        }
        if (caller.language() != null) {
            options.putHeader("Accept-Language", caller.language());
        }
        if (caller.requestId() != null) {
            options.putHeader("X-Request-Id", caller.requestId());
        }
        var answer = client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> new OwnerAnswer(response.statusCode(), body, null)))
                .andThen(result -> {
                    if (result.succeeded()) {
                        instance.recordReply();
                    }
                    instance.recordEnd(result.failed() ? result.cause() : null);
                });
        return Uni.createFrom().completionStage(answer.toCompletionStage());
    }

    /** A section's name as its property in a composed view: {@code TRAINING_RECORDS} → {@code trainingRecords}. */
    static String camelCase(String constant) {
        StringBuilder name = new StringBuilder();
        for (String word : constant.toLowerCase(java.util.Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }
}
