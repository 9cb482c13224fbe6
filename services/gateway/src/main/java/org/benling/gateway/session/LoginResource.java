package org.benling.gateway.session;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The browser's way in: an unauthenticated visit runs the Keycloak login, then lands back on the SPA. */
@Path("/login")
@Tag(name = "会话 Session")
public class LoginResource {

    @GET
    @Authenticated
    @Operation(operationId = "LoginResource_login", summary = "登录（浏览器）/ Log in (browser)", description = "登录后跳转到 redirect（仅限本站路径）。"
            + " / After login, goes to redirect (a path on this site only).")
    public Response login(@QueryParam("redirect") String redirect) {
        return Response.seeOther(URI.create(safe(redirect))).build();
    }

    /** Only local paths: an open redirect would let another site borrow our login page. */
    static String safe(String redirect) {
        if (redirect == null || !redirect.startsWith("/") || redirect.startsWith("//") || redirect.contains("\\")
                || redirect.startsWith("/login") || redirect.startsWith("/logout")) {
            return "/";
        }
        return redirect;
    }
}
