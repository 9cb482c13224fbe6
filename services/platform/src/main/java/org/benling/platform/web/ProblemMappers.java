package org.benling.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.benling.platform.persistence.TransientFailures;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into problem details; a stack trace never reaches the client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** PostgreSQL's character_not_in_repertoire: what a text with NUL in it fails with. */
    private static final String NUL_IN_TEXT = "22021";
    /** PostgreSQL's untranslatable_character: what a JSON column with {@code \u0000} in a string fails with. */
    private static final String NUL_IN_JSON = "22P05";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        String language = CallerLanguage.of(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return respond(e.status(), e.slug(), e.title(), e.detail(language),
                e.violations().stream().map(v -> v.in(language)).toList(), uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return respond(400, "validation", "Invalid request", detail, violations, uri);
    }

    /** Listed one by one: Quarkus has its own mappers for the subtypes, which must not win. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class,
            InvalidFormatException.class, JsonParseException.class})
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[") : "";
        String message = e instanceof InvalidFormatException f
                ? "cannot read '" + f.getValue() + "' as " + f.getTargetType().getSimpleName()
                : "malformed JSON body";
        List<Problem.Violation> violations = field.isEmpty() ? List.of() : List.of(new Problem.Violation(field, message));
        return respond(400, "malformed-body", "Malformed request body", message, violations, uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        return respond(409, "stale", "Changed by someone else",
                "the resource was changed by another request; reload it and try again", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response uniqueOrForeignKey(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        String constraint = e.getConstraintName() == null ? "a constraint" : e.getConstraintName();
        return respond(409, "conflict", "Conflict", "the change conflicts with existing data (" + constraint + ")",
                List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(401, "unauthorized", "Unauthorized", "a valid bearer token is required", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return respond(401, "unauthorized", "Unauthorized", "a valid bearer token is required", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "your roles do not allow this", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(status, status == 404 ? "not-found" : "http-" + status, title, e.getMessage(), List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        // failures at commit arrive wrapped (RollbackException, ArcUndeclaredThrowableException): find the cause
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException c) {
                return uniqueOrForeignKey(c, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return stale((RuntimeException) cause, uri);
            }
            if (cause instanceof ProblemException p) {
                return problem(p, uri, headers);
            }
            if (cause instanceof java.sql.SQLException sql
                    && (NUL_IN_TEXT.equals(sql.getSQLState()) || NUL_IN_JSON.equals(sql.getSQLState()))) {
                // a NUL (U+0000) in a body's text or JSON: PostgreSQL stores neither (parameters: NulCharacterFilter)
                return respond(400, "validation", "Invalid request", NulCharacterFilter.MESSAGE, List.of(), uri);
            }
        }
        if (TransientFailures.of(e) != null) {
            // the database away or busy: nothing was written (the transaction rolled back); the client tries again
            LOG.warnf("database unavailable [requestId=%s]: %s", RequestIds.current(), e.getMessage());
            Response r = respond(503, "database-unavailable", "Service unavailable",
                    "数据库暂不可用，未作任何更改，请稍后重试 / the database is unavailable just now; nothing was changed, try again"
                            + " shortly", List.of(), uri);
            return Response.fromResponse(r).header("Retry-After", "5").build();
        }
        if (e instanceof java.io.IOException && "Request too large".equals(e.getMessage())) {
            // a chunked body that grew past quarkus.http.limits.max-body-size (a declared one never gets here)
            return respond(413, "payload-too-large", "Payload too large",
                    "the request body is larger than this service accepts (上传内容过大)", List.of(), uri);
        }
        LOG.errorf(e, "unexpected failure [requestId=%s]", RequestIds.current());
        return respond(500, "internal", "Internal error",
                "something went wrong on our side; quote the request id when you report it", List.of(), uri);
    }

    public static Response respond(int status, String slug, String title, String detail,
            List<Problem.Violation> violations, UriInfo uri) {
        Problem body = new Problem(Problem.type(slug), title, status, detail,
                uri == null ? null : uri.getPath(), RequestIds.current(), violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /**
     * {@code create.request.birthDate} → {@code birthDate}: the part the client sent. An element of a list belongs to
     * the list: Bean Validation puts its index on the node inside it ({@code family}, {@code name}[0]), the client
     * reads {@code family[0].name}; a list's own elements ({@code <list element>}) are {@code ids[0]}.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> nodes = new java.util.ArrayList<>();
        for (jakarta.validation.Path.Node n : violation.getPropertyPath()) {
            Object position = n.getIndex() != null ? n.getIndex() : n.getKey();
            if (n.isInIterable() && position != null && !nodes.isEmpty()) {
                nodes.set(nodes.size() - 1, nodes.get(nodes.size() - 1) + "[" + position + "]");
            }
            if (n.getName() != null && !n.getName().startsWith("<")) {
                nodes.add(n.getName());
            }
        }
        return nodes.size() <= 2 ? nodes.get(nodes.size() - 1) : String.join(".", nodes.subList(2, nodes.size()));
    }
}
