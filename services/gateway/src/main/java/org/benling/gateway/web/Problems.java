package org.benling.gateway.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem details (RFC 9457) written by the gateway itself, in the same shape and type URIs as the services'
 * ({@code docs/conventions.md}).
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static void send(RoutingContext rc, int status, String slug, String title, String detail) {
        if (rc.response().headWritten()) {
            rc.response().reset();
            return;
        }
        rc.response().setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE).end(body(rc, status, slug, title, detail));
    }

    public static String body(RoutingContext rc, int status, String slug, String title, String detail) {
        return body(status, slug, title, detail, rc.request().path(), RequestIdFilter.current(rc));
    }

    public static String body(int status, String slug, String title, String detail, String instance, String requestId) {
        JsonObject problem = new JsonObject()
                .put("type", "https://benling.org/problems/" + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance);
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        return problem.encode();
    }

    private Problems() {
    }
}
