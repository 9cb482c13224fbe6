package org.benling.gateway.web;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The gateway's own resources refuse in the shape every service uses (problem details), not with a bare status:
 * a role that may not call them, a caller not logged in, a path parameter that names nothing.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, RoutingContext rc) {
        return problem(rc, 403, "forbidden", "Forbidden", "your roles do not allow this (角色不允许此操作)");
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, RoutingContext rc) {
        return Response.fromResponse(problem(rc, 401, "unauthorized", "Unauthorized", "log in, or send a valid bearer token"))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, RoutingContext rc) {
        return problem(rc, 404, "not-found", "Not found", "nothing here (不存在)");
    }

    private static Response problem(RoutingContext rc, int status, String slug, String title, String detail) {
        return Response.status(status).type(Problems.MEDIA_TYPE).entity(Problems.body(rc, status, slug, title, detail)).build();
    }
}
