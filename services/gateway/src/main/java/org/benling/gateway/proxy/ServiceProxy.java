package org.benling.gateway.proxy;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.net.URI;
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
 */
public final class ServiceProxy {

    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);

    private final String service;
    private final HttpProxy proxy;

    public ServiceProxy(String service, URI url, HttpClient client, Duration timeout) {
        this.service = service;
        SocketAddress origin = SocketAddress.inetSocketAddress(url.getPort(), url.getHost());
        this.proxy = HttpProxy.reverseProxy(client)
                .originRequestProvider((request, httpClient) -> httpClient.request(new RequestOptions()
                        .setServer(origin)
                        .setIdleTimeout(timeout.toMillis())))
                .addInterceptor(new FailureInterceptor());
    }

    public void forward(RoutingContext rc) {
        MultiMap headers = rc.request().headers();
        accessToken(rc).ifPresent(token -> headers.set("Authorization", "Bearer " + token));
        headers.remove("Cookie");
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
            return context.sendRequest().recover(failure -> {
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
