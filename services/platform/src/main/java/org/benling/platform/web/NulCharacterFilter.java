package org.benling.platform.web;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.benling.platform.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a query or path parameter that holds the NUL character (U+0000) with 400, naming the parameter. PostgreSQL
 * cannot store or compare a text with NUL in it and fails the statement ({@code invalid byte sequence for encoding
 * "UTF8": 0x00}), which would otherwise reach the client as a 500. A JSON body's NUL is caught where the statement
 * fails ({@link ProblemMappers#unexpected}), as no parameter can be named there.
 */
public class NulCharacterFilter {

    static final String MESSAGE = "不能包含空字符（U+0000）/ must not contain the NUL character (U+0000)";

    @ServerRequestFilter
    public Optional<Response> refuseNul(UriInfo uri) {
        List<Problem.Violation> violations = new ArrayList<>();
        collect(uri.getPathParameters(), violations);
        collect(uri.getQueryParameters(), violations);
        if (violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ProblemMappers.respond(400, "validation", "Invalid request",
                violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse(""),
                violations, uri));
    }

    private static void collect(MultivaluedMap<String, String> parameters, List<Problem.Violation> violations) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
                violations.add(new Problem.Violation(parameter.getKey(), MESSAGE));
            }
        }
    }
}
