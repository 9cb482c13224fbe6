package org.benling.gateway.web;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.benling.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * Serves the built SPA: its files as they are, and {@code index.html} for any other page path so that the
 * SPA's own router (history mode) can take a deep link. API, login and {@code /q} paths are never rewritten.
 */
@ApplicationScoped
public class SpaRoutes {

    private static final Logger LOG = Logger.getLogger(SpaRoutes.class);
    /** Paths the gateway answers itself; never rewritten to the SPA. */
    private static final java.util.List<String> SERVER_PATHS =
            java.util.List.of("/api/", "/q/", "/login", "/logout", "/app-config.json", "/problems");

    @Inject GatewayConfig config;

    void routes(@Observes Router router) {
        Path dir = Path.of(config.spaDir()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("index.html"))) {
            LOG.warnf("no built web app in %s (run npm run build in frontend/); serving the API only", dir);
            return;
        }
        StaticHandler files = StaticHandler.create(FileSystemAccess.ROOT, dir.toString())
                .setIndexPage("index.html")
                .setCachingEnabled(true)
                .setMaxAgeSeconds(3600);
        router.route("/*").order(RouteConstants.ROUTE_ORDER_AFTER_DEFAULT).handler(rc -> {
            if (isAsset(rc)) {
                rc.response().putHeader("Cache-Control", "public, max-age=31536000, immutable");
            }
            files.handle(rc);
        });
        router.get("/*").order(RouteConstants.ROUTE_ORDER_AFTER_DEFAULT + 1).handler(rc -> {
            String path = rc.request().path();
            if (SERVER_PATHS.stream().anyMatch(path::startsWith)) {
                rc.next();
                return;
            }
            rc.response().putHeader("Cache-Control", "no-cache").putHeader("Content-Type", "text/html; charset=utf-8")
                    .sendFile(dir.resolve("index.html").toString());
        });
        LOG.infof("serving the web app from %s", dir);
    }

    private static boolean isAsset(RoutingContext rc) {
        return rc.request().path().startsWith("/assets/");
    }
}
