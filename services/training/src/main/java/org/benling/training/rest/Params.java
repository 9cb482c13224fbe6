package org.benling.training.rest;

import java.util.function.Function;
import org.benling.platform.problem.ProblemException;

/** Query values read here, so that a bad one is a 400 naming the parameter (JAX-RS would answer 404). */
final class Params {

    static <T> T parse(String name, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw ProblemException.invalidField(name, "'" + value + "' is not a valid value");
        }
    }

    private Params() {
    }
}
