package org.benling.gateway.session;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Nullable;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/session")
@Tag(name = "会话 Session")
public class SessionResource {

    private static final Set<String> ROLES = Set.of("cadre", "hr", "inspector", "leader", "admin");

    @Schema(name = "Session", description = "当前会话 / The current user for the web app")
    public record Session(
            boolean authenticated,
            @Nullable @Schema(examples = "hr-guangdong") String username,
            @Nullable @Schema(examples = "李粤华") String name,
            List<String> roles,
            @Nullable String unitId,
            @Nullable String cadreId) {
    }

    @Inject SecurityIdentity identity;
    @Inject JsonWebToken token;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "SessionResource_session", summary = "当前用户 / Who is logged in", description = "未登录时 authenticated=false（浏览器应跳转到 /login）。"
            + " / authenticated=false when nobody is logged in (the browser then goes to /login).")
    public Session session() {
        if (identity.isAnonymous()) {
            return new Session(false, null, null, List.of(), null, null);
        }
        List<String> roles = identity.getRoles().stream().filter(ROLES::contains).sorted().toList();
        return new Session(true, identity.getPrincipal().getName(), displayName(), roles, claim("unit_id"),
                claim("cadre_id"));
    }

    /** Chinese order: family name then given name, without a space. */
    private String displayName() {
        String family = claim("family_name");
        String given = claim("given_name");
        if (family != null || given != null) {
            return (family == null ? "" : family) + (given == null ? "" : given);
        }
        String name = claim("name");
        return name != null ? name : identity.getPrincipal().getName();
    }

    private String claim(String name) {
        Object value = token == null ? null : token.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
