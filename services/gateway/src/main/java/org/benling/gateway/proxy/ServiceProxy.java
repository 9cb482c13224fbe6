package org.benling.gateway.proxy;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.smallrye.stork.Stork;
import io.smallrye.stork.api.ServiceInstance;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.benling.gateway.web.Problems;
import org.benling.gateway.web.RequestIdFilter;
import org.jboss.logging.Logger;

/**
 * Forwards one service's {@code /api} paths with Vert.x's reverse proxy: method, path, query, headers and bodies
 * (xlsx included) stream through unchanged, status and headers come back unchanged. The caller's access token
 * goes along as a bearer token, whether it came as one or from the browser session; the session cookie stays
 * at the gateway. A service that is down is a 503, one that does not answer in time a 504.
 *
 * <p>Each request goes to one instance of the service, chosen by SmallRye Stork (the service is defined in
 * {@link GatewayRouter}): among the instances its discovery reports ready, the one answering fastest lately, an
 * instance that failed being avoided for a while (Stork's least-response-time balancer; each answer or failure is
 * recorded on the instance).
 */
public final class ServiceProxy {

    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);

    private static final String INSTANCE = "benling.instance";
    /** How many instances a request may try to connect to before the service counts as unavailable. */
    private static final int CONNECT_ATTEMPTS = 3;

    private final String service;
    private final Duration timeout;
    private final HttpProxy proxy;

    public ServiceProxy(String service, HttpClient client, Duration timeout) {
        this.service = service;
        this.timeout = timeout;
        this.proxy = HttpProxy.reverseProxy(client).origin(this::originRequest).addInterceptor(new FailureInterceptor());
    }

    /**
     * A request to the instance Stork chooses; the choice is kept on the context to record how it answered. When no
     * connection can be made to it (an instance that was just killed and that discovery still lists), nothing has been
     * sent yet, so another instance is tried — for any method, a write too: it cannot happen twice.
     */
    private Future<HttpClientRequest> originRequest(ProxyContext context) {
        return originRequest(context, CONNECT_ATTEMPTS);
    }

    private Future<HttpClientRequest> originRequest(ProxyContext context, int attempts) {
        io.vertx.core.Context vertxContext = io.vertx.core.Vertx.currentContext();
        var selected = Stork.getInstance().getService(service).selectInstanceAndRecordStart(true)
                .subscribeAsCompletionStage();
        return Future.fromCompletionStage(selected, vertxContext).compose(instance -> {
            context.set(INSTANCE, instance);
            return context.client().request(new RequestOptions()
                    .setServer(SocketAddress.inetSocketAddress(instance.getPort(), instance.getHost()))
                    .setIdleTimeout(timeout.toMillis()))
                    .recover(failure -> {
                        if (attempts <= 1 || !(failure instanceof java.net.ConnectException)) {
                            return Future.failedFuture(failure);
                        }
                        // the balancer avoids an instance that failed; the next choice is another one
                        instance.recordEnd(failure);
                        LOG.debugf("%s: no connection to %s:%d, trying another instance", service, instance.getHost(),
                                instance.getPort());
                        return originRequest(context, attempts - 1);
                    });
        });
    }

    public void forward(RoutingContext rc) {
        MultiMap headers = rc.request().headers();
        accessToken(rc).ifPresent(token -> headers.set("Authorization", "Bearer " + token));
        headers.remove("Cookie");
        // the caller's trace context reached the gateway's span already; the service's request must carry the context
        // of the gateway's own call (its HTTP client sets it), not the copy of the caller's
        headers.remove("traceparent");
        headers.remove("tracestate");
        headers.set("X-Forwarded-Host", rc.request().authority() == null ? "" : rc.request().authority().toString());
        headers.set("X-Forwarded-Proto", rc.request().scheme());
        headers.set("X-Forwarded-For", rc.request().remoteAddress() == null ? "" : rc.request().remoteAddress().hostAddress());
        proxy.handle(rc.request());
    }

    private static java.util.Optional<String> accessToken(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
            if (credential != null) {
                return java.util.Optional.of(credential.getToken());
            }
        }
        return java.util.Optional.empty();
    }

    /** Turns a refused connection or a timeout into problem details instead of Vert.x's bare 502. */
    private final class FailureInterceptor implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            return context.sendRequest().andThen(result -> {
                ServiceInstance instance = context.get(INSTANCE, ServiceInstance.class);
                if (instance != null) {
                    if (result.succeeded()) {
                        instance.recordReply();
                    }
                    instance.recordEnd(result.failed() ? result.cause() : null);
                }
            }).recover(failure -> {
                boolean timedOut = failure instanceof TimeoutException
                        || String.valueOf(failure.getMessage()).toLowerCase().contains("timeout");
                int status = timedOut ? 504 : 503;
                LOG.warnf("%s %s: service %s %s (%s)", context.request().getMethod(), context.request().getURI(), service,
                        timedOut ? "did not answer in time" : "is unavailable", failure.getMessage());
                String detail = timedOut ? "the " + service + " service did not answer in time; try again"
                        : "the " + service + " service is unavailable; try again shortly";
                String body = Problems.body(status, timedOut ? "service-timeout" : "service-unavailable",
                        timedOut ? "Gateway timeout" : "Service unavailable", detail,
                        context.request().proxiedRequest().path(),
                        context.request().proxiedRequest().getHeader(RequestIdFilter.HEADER));
                ProxyResponse response = context.request().response()
                        .setStatusCode(status)
                        .setStatusMessage(timedOut ? "Gateway Timeout" : "Service Unavailable")
                        .setBody(Body.body(Buffer.buffer(body)));
                response.headers().clear();
                response.putHeader("Content-Type", Problems.MEDIA_TYPE);
                if (!timedOut) {
                    response.putHeader("Retry-After", "5");
                }
                return Future.succeededFuture(response);
            });
        }
    }
}
