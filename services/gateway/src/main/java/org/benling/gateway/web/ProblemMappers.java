package org.benling.gateway.web;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The gateway's own resources refuse in the shape every service uses (problem details), not with a bare status:
 * a role that may not call them, a caller not logged in, a parameter out of its limits, a path parameter that
 * names nothing.
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

    /** A parameter outside its documented limits: 400 with each offending field, as the services answer. */
    @ServerExceptionMapper
    public Response invalid(jakarta.validation.ConstraintViolationException e, RoutingContext rc) {
        io.vertx.core.json.JsonArray violations = new io.vertx.core.json.JsonArray();
        e.getConstraintViolations().forEach(v -> {
            String path = v.getPropertyPath().toString();
            violations.add(new io.vertx.core.json.JsonObject().put("field", path.substring(path.lastIndexOf('.') + 1))
                    .put("message", v.getMessage()));
        });
        io.vertx.core.json.JsonObject body = new io.vertx.core.json.JsonObject(Problems.body(rc, 400, "validation",
                "Invalid request", "a parameter is outside its limits (参数超出范围)")).put("violations", violations);
        return Response.status(400).type(Problems.MEDIA_TYPE).entity(body.encode()).build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, RoutingContext rc) {
        return problem(rc, 404, "not-found", "Not found", "nothing here (不存在)");
    }

    private static Response problem(RoutingContext rc, int status, String slug, String title, String detail) {
        return Response.status(status).type(Problems.MEDIA_TYPE).entity(Problems.body(rc, status, slug, title, detail)).build();
    }
}
