package org.benling.platform.web;

import java.time.DateTimeException;
import java.util.function.Function;
import org.benling.platform.problem.ProblemException;

/**
 * Query values are read with this rather than by JAX-RS converters, so that a bad one is a 400 naming the
 * parameter (a failed {@code @QueryParam} conversion would be a 404).
 */
public final class QueryValue {

    /** @return null for a missing or blank value */
    public static <T> T parse(String name, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeException e) {
            throw ProblemException.invalidField(name, "'" + value + "' is not a valid value");
        }
    }

    private QueryValue() {
    }
}
