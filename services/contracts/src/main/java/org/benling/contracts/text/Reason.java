package org.benling.contracts.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reason a rule gives, as data: a code naming the text ({@code effect.NO_EXCELLENT}) and its parameters, which may
 * be other reasons (or lists of them). {@link ReasonText} writes it in the reader's language.
 */
public record Reason(String code, Map<String, Object> params) {

    public Reason {
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        if (params != null) {
            params.forEach((name, value) -> {
                if (value != null) {
                    copy.put(name, value);
                }
            });
        }
        params = Collections.unmodifiableMap(copy);
    }

    /** @param namesAndValues name, value, name, value, …; a null value leaves its parameter out */
    public static Reason of(String code, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs: " + code);
        }
        LinkedHashMap<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Reason(code, params);
    }

    /** In {@code zh}, {@code en}, or (null) both. */
    public String text(String language) {
        return ReasonText.render(code, params, language);
    }
}
