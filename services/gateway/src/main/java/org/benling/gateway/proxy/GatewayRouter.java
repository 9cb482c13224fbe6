package org.benling.gateway.proxy;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import io.smallrye.stork.Stork;
import io.smallrye.stork.api.ServiceDefinition;
import io.smallrye.stork.api.config.ConfigWithType;
import io.smallrye.stork.loadbalancer.leastresponsetime.LeastResponseTimeConfiguration;
import io.smallrye.stork.servicediscovery.dns.DnsConfiguration;
import org.benling.gateway.config.GatewayConfig;
import org.benling.gateway.web.Csrf;
import org.benling.gateway.web.Problems;
import org.benling.gateway.web.RateLimiter;
import org.jboss.logging.Logger;

/**
 * The gateway's {@code /api} front door: every API request passes the guard (CSRF for browser sessions, an
 * authenticated caller with a Benling role, the rate limit per user, or per client address before login), then goes to the service that owns its
 * path. The gateway's own endpoints ({@code /api/session}) are served by its REST resources.
 */
@ApplicationScoped
public class GatewayRouter {

    private static final Logger LOG = Logger.getLogger(GatewayRouter.class);
    private static final Set<String> ROLES = Set.of("cadre", "hr", "inspector", "leader", "admin", "integration");
    private static final String SESSION_PATH = "/api/session";
    /** The gateway's own views under a service's prefix: a cadre's portfolio and its forms (compose/). */
    private static final java.util.regex.Pattern COMPOSED = java.util.regex.Pattern.compile("/api/cadres/[^/]+/(portfolio|appointment-form)/?");
    /**
     * A calendar feed (the notification service's {@code /api/calendar/{token}.ics}): a calendar app reads it without a
     * login, the token in its address being the credential; it passes without one, rate-limited by client address.
     */
    private static final java.util.regex.Pattern CALENDAR_FEED = java.util.regex.Pattern.compile("/api/calendar/[A-Za-z0-9_-]{1,128}\\.ics");
    /**
     * The ballot page's calls (the selection service's {@code POST /api/selection/ballot} and {@code …/ballot/form}): a
     * voter has no login, the one-time code in the body being the credential; they pass without one, rate-limited by
     * client address like any anonymous call, so that guessing codes is slow. The page sends them without cookies (a
     * phone may still hold an expired Benling session, which would answer 401), so without the CSRF pair too: with no
     * session there is no ambient authority for another site to borrow — whoever holds a code can vote with it anyway.
     */
    private static final Set<String> BALLOT = Set.of("/api/selection/ballot", "/api/selection/ballot/form");

    @Inject GatewayConfig config;
    @Inject RateLimiter rateLimiter;

    void routes(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(64)
                .setKeepAlive(true));
        // the body limit and CSRF first, before the session cookie is even looked at; the rest once the caller is known
        router.route("/api/*").order(Integer.MIN_VALUE + 3).handler(this::limitBody);
        router.route("/api/*").order(Integer.MIN_VALUE + 3).handler(this::csrf);
        // logging out changes state: POST only, so that a link or an image elsewhere cannot log anyone out
        router.route("/logout").order(Integer.MIN_VALUE + 3).handler(this::logoutByPostOnly);
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT - 10).handler(this::guard);
        config.routes().forEach((service, route) -> {
            Stork.getInstance().defineIfAbsent(service, ServiceDefinition.of(discovery(route),
                    new LeastResponseTimeConfiguration()));
            ServiceProxy proxy = new ServiceProxy(service, client, config.timeout());
            for (String prefix : route.prefixes()) {
                router.route(prefix).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(rc -> forward(proxy, rc));
                router.route(prefix + "/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(rc -> forward(proxy, rc));
            }
            LOG.infof("routing %s to %s (%s)", route.prefixes(), service,
                    route.dnsName().orElse(route.instances().orElse(java.util.List.of(route.url())).toString()));
        });
    }

    /** To the owning service, except the views the gateway composes itself under a service's prefix (its resources). */
    private static void forward(ServiceProxy proxy, RoutingContext rc) {
        if (COMPOSED.matcher(rc.request().path()).matches()) {
            rc.next();
        } else {
            proxy.forward(rc);
        }
    }

    /** Where a service's instances are: a headless Service's DNS records, or the listed addresses that are ready. */
    private ConfigWithType discovery(GatewayConfig.Route route) {
        if (route.dnsName().isPresent()) {
            return new DnsConfiguration().withHostname(route.dnsName().get()).withRecordType("A")
                    .withPort(String.valueOf(route.url().getPort())).withRefreshPeriod(seconds(config.readinessInterval()));
        }
        return new ReadyInstancesDiscovery.Configuration(route.instances().orElse(java.util.List.of(route.url())),
                config.managementPortOffset(), seconds(config.readinessInterval()));
    }

    private static String seconds(java.time.Duration interval) {
        return String.valueOf(Math.max(1, interval.toSeconds()));
    }

    /**
     * A declared body above {@code benling.gateway.max-body-size} is answered 413 before it is read or forwarded;
     * what the client still sends is discarded (up to four times the limit, then the connection closes), so that
     * the client reads the answer instead of a reset. A chunked body streams on, and the service stops it at its
     * own limit.
     */
    void limitBody(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            declared = -1;
        }
        long limit = config.maxBodySize().asLongValue();
        if (declared <= limit) {
            rc.next();
            return;
        }
        long[] discarded = {0};
        rc.request().handler(chunk -> {
            discarded[0] += chunk.length();
            if (discarded[0] > 4 * limit) {
                rc.request().connection().close();
            }
        });
        rc.request().resume();
        long mb = Math.max(1, limit / (1024 * 1024));
        Problems.send(rc, 413, "payload-too-large", "Payload too large", "the request body is " + declared
                + " bytes; at most " + mb + " MB is accepted (上传内容超过 " + mb + " MB)");
    }

    void logoutByPostOnly(RoutingContext rc) {
        if (rc.request().method() == io.vertx.core.http.HttpMethod.POST) {
            rc.next();
            return;
        }
        rc.response().putHeader("Allow", "POST");
        Problems.send(rc, 405, "method-not-allowed", "Method not allowed", "log out with POST /logout (退出登录须使用 POST)");
    }

    void csrf(RoutingContext rc) {
        Csrf.issue(rc);
        if (Csrf.violated(rc) && !(ballot(rc) && !Csrf.hasSession(rc))) {
            Problems.send(rc, 403, "csrf", "CSRF token missing or wrong",
                    "send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header");
            return;
        }
        // an expired or broken session on an API call: Quarkus answers 499 to scripts; HTTP clients know 401
        rc.addHeadersEndHandler(v -> {
            if (rc.response().getStatusCode() == 499) {
                rc.response().setStatusCode(401).setStatusMessage("Unauthorized");
            }
        });
        rc.next();
    }

    void guard(RoutingContext rc) {
        SecurityIdentity identity = rc.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        boolean anonymous = identity == null || identity.isAnonymous();
        if (rc.request().path().equals(SESSION_PATH)) {
            rc.next();
            return;
        }
        if (!anonymous && identity.getRoles().stream().noneMatch(ROLES::contains)) {
            Problems.send(rc, 403, "forbidden", "Forbidden", "your account has no Benling role");
            return;
        }
        // per user once logged in, per client address before (an anonymous caller still costs a database look-up)
        String key = anonymous ? RateLimiter.address(clientAddress(rc)) : RateLimiter.user(identity.getPrincipal().getName());
        rc.request().pause();
        rc.vertx().executeBlocking(() -> rateLimiter.acquire(key), false).onComplete(result -> {
            if (result.failed()) {
                LOG.errorf(result.cause(), "rate limit store unavailable for %s", key);
                rc.response().putHeader("Retry-After", "5");
                Problems.send(rc, 503, "service-unavailable", "Service unavailable",
                        "the gateway cannot check its rate limits just now; try again shortly");
                return;
            }
            long retryAfter = result.result();
            if (retryAfter > 0) {
                rc.response().putHeader("Retry-After", Long.toString(retryAfter));
                Problems.send(rc, 429, "rate-limited", "Too many requests",
                        "slow down: retry after " + retryAfter + " s");
                return;
            }
            if (anonymous && !calendarFeed(rc) && !ballot(rc)) {
                rc.response().putHeader("WWW-Authenticate", "Bearer");
                Problems.send(rc, 401, "unauthorized", "Unauthorized", "log in, or send a valid bearer token");
                return;
            }
            rc.next();
        });
    }

    private static boolean calendarFeed(RoutingContext rc) {
        return rc.request().method() == io.vertx.core.http.HttpMethod.GET
                && CALENDAR_FEED.matcher(rc.request().path()).matches();
    }

    private static boolean ballot(RoutingContext rc) {
        return rc.request().method() == io.vertx.core.http.HttpMethod.POST && BALLOT.contains(rc.request().path());
    }

    private static String clientAddress(RoutingContext rc) {
        return rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
    }

}
