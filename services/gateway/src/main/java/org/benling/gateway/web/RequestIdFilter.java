package org.benling.gateway.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id of the gateway's own, logs it and passes it on ({@code X-Request-Id}). The id audit rows
 * and problems carry must not be chosen by the caller: a caller's {@code X-Request-Id}, when well-formed, travels
 * beside it as {@code X-Client-Request-Id} (logged, for correlating with the caller's own logs) and is never the id.
 */
@ApplicationScoped
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String CLIENT_HEADER = "X-Client-Request-Id";
    private static final String KEY = "requestId";
    private static final String CLIENT_KEY = "clientRequestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void register(@Observes Router router) {
        // ahead of authentication, so that refusals carry the id too
        router.route().order(Integer.MIN_VALUE + 2).handler(this::assign);
    }

    void assign(RoutingContext rc) {
        String given = rc.request().getHeader(HEADER);
        String id = UUID.randomUUID().toString();
        rc.request().headers().set(HEADER, id);
        if (given != null && SAFE.matcher(given).matches()) {
            rc.request().headers().set(CLIENT_HEADER, given);
            MDC.put(CLIENT_KEY, given);
        } else {
            rc.request().headers().remove(CLIENT_HEADER);
            MDC.remove(CLIENT_KEY);
        }
        rc.put(KEY, id);
        MDC.put(KEY, id);
        String echoed = id;
        rc.addHeadersEndHandler(v -> rc.response().headers().set(HEADER, echoed));
        rc.next();
    }

    public static String current(RoutingContext rc) {
        return rc.get(KEY);
    }
}
