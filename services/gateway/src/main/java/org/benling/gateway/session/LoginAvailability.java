package org.benling.gateway.session;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import org.benling.gateway.config.GatewayConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A browser sent to log in while Keycloak is away would land on the browser's own "cannot connect" page. So before the
 * login redirect, the gateway asks Keycloak (its realm's discovery document, at most every few seconds) and, when it
 * does not answer, shows a page of its own: the sign-in is unavailable for now, sessions already signed in keep
 * working (the services check tokens with the keys they hold), try again shortly — with a 503 and Retry-After.
 * A browser that already has a session cookie goes on as before.
 */
@ApplicationScoped
public class LoginAvailability {

    private static final Logger LOG = Logger.getLogger(LoginAvailability.class);
    private static final long RECHECK_NANOS = 5_000_000_000L;

    @Inject GatewayConfig config;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServer;

    @Inject Vertx vertx;

    private HttpClient client;
    private volatile boolean available = true;
    private volatile long checkedAt;

    void register(@Observes Router router) {
        client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000).setIdleTimeout(5));
        // after the request id (Integer.MIN_VALUE + 2), ahead of the authentication that would redirect to Keycloak
        router.route(HttpMethod.GET, "/login").order(Integer.MIN_VALUE + 3).handler(this::check);
    }

    void check(RoutingContext rc) {
        if (rc.request().getCookie("q_session") != null) {
            rc.next();
            return;
        }
        if (System.nanoTime() - checkedAt < RECHECK_NANOS) {
            decide(rc, available);
            return;
        }
        URI uri = config.loginCheckUrl().orElseGet(() -> URI.create(authServer + "/.well-known/openid-configuration"));
        client.request(new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(uri.toString()).setTimeout(3000))
                .compose(request -> request.send())
                .onComplete(answer -> {
                    boolean up = answer.succeeded() && answer.result().statusCode() == 200;
                    if (answer.succeeded()) {
                        answer.result().body(); // drain it
                    }
                    if (up != available) {
                        LOG.infof("the login service (%s) is %s", uri.getHost(), up ? "back" : "not answering");
                    }
                    available = up;
                    checkedAt = System.nanoTime();
                    decide(rc, up);
                });
    }

    private static void decide(RoutingContext rc, boolean up) {
        if (up) {
            rc.next();
            return;
        }
        rc.response().setStatusCode(503).putHeader("Retry-After", "30")
                .putHeader("Content-Type", "text/html; charset=utf-8").putHeader("Cache-Control", "no-store")
                .end(PAGE);
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    static final String PAGE = """
            <!doctype html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>登录服务暂时不可用 · Sign-in unavailable</title>
            <style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f1f1f}
            h1{font-size:1.4rem}p{line-height:1.6}a{color:#b3261e}</style></head>
            <body><h1>登录服务暂时不可用</h1>
            <p>统一身份认证服务当前无法连接。已登录的会话不受影响；请稍后<a href="/login">重试</a>。如持续出现，请联系系统管理员。</p>
            <h1 lang="en">Sign-in is unavailable for now</h1>
            <p lang="en">The sign-in service cannot be reached. Sessions already signed in keep working; please
            <a href="/login">try again</a> in a minute. If this persists, tell your administrator.</p>
            </body></html>
            """;
}
