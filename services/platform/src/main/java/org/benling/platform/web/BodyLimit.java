package org.benling.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.benling.platform.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request whose declared body is larger than {@code quarkus.http.limits.max-body-size} with a 413
 * problem before a byte of the body is read, ahead of every other route. Left to the HTTP layer, such an
 * upload has its connection closed while the client is still sending, and the client sees a reset instead of
 * an answer; here the answer goes out first, and the body is discarded as it arrives (nothing is buffered or
 * parsed; past {@value #DISCARD_AT_MOST} bytes the connection is closed) so the client reads the 413.
 * A chunked body declares no length: the HTTP layer stops it at the limit, and {@code ProblemMappers} answers 413.
 */
@ApplicationScoped
public class BodyLimit {

    /** Beyond this the client is not worth waiting for: the connection is closed without reading on. */
    private static final long DISCARD_AT_MOST = 256L * 1024 * 1024;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    void check(RoutingContext rc) {
        long declared = declaredLength(rc.request());
        if (declared <= maxBodySize.asLongValue()) {
            rc.next();
            return;
        }
        HttpServerRequest request = rc.request();
        AtomicLong discarded = new AtomicLong();
        request.handler(chunk -> {
            if (discarded.addAndGet(chunk.length()) > DISCARD_AT_MOST) {
                request.connection().close();
            }
        });
        request.resume();
        long limitMb = Math.max(1, maxBodySize.asLongValue() / (1024 * 1024));
        String requestId = request.getHeader(RequestIds.HEADER);
        JsonObject problem = new JsonObject()
                .put("type", Problem.TYPE_BASE + "payload-too-large")
                .put("title", "Payload too large")
                .put("status", 413)
                .put("detail", "the request body is " + declared + " bytes; at most " + limitMb
                        + " MB is accepted here (上传内容超过 " + limitMb + " MB)")
                .put("instance", request.path())
                .put("requestId", requestId == null ? UUID.randomUUID().toString() : requestId);
        rc.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(problem.encode());
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
