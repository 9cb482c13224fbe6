package org.benling.gateway.session;

import jakarta.annotation.Nullable;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.benling.gateway.config.GatewayConfig;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Runtime settings of the SPA, read at start-up: the same bundle runs in every environment. */
@Path("/app-config.json")
@Tag(name = "会话 Session")
public class AppConfigResource {

    public record AppConfig(String appName, String environment, String defaultLocale, @Nullable String supportContact) {
    }

    @Inject GatewayConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "AppConfigResource_get", summary = "前端运行配置 / Runtime settings of the web app")
    public AppConfig get() {
        GatewayConfig.Spa spa = config.spa();
        return new AppConfig(spa.appName(), spa.environment(), spa.defaultLocale(), spa.supportContact().orElse(null));
    }
}
