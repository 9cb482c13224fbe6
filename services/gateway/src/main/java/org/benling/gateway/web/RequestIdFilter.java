package org.benling.gateway.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/** Gives every request an id (the caller's {@code X-Request-Id} or a new one), logs it and passes it on. */
@ApplicationScoped
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "requestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void register(@Observes Router router) {
        // ahead of authentication, so that refusals carry the id too
        router.route().order(Integer.MIN_VALUE + 2).handler(this::assign);
    }

    void assign(RoutingContext rc) {
        String id = rc.request().getHeader(HEADER);
        if (id == null || !SAFE.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            rc.request().headers().set(HEADER, id);
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
