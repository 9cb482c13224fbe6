package org.benling.platform.web;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * The language the caller reads, from {@code Accept-Language}: {@code zh} or {@code en}, whichever it ranks first, or
 * null (both, Chinese first) when it names neither — an API client that sent no header reads both. The web app sends
 * the language its user chose. Outside a request (an event consumer) there is no caller: null.
 */
@ApplicationScoped
public class CallerLanguage {

    private static final List<String> SPOKEN = List.of("zh", "en");

    @Inject CurrentVertxRequest request;

    /** {@code zh}, {@code en} or null. */
    public String get() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext rc = request.getCurrent();
        return rc == null ? null : of(rc.request().getHeader("Accept-Language"));
    }

    /** The first of {@code zh} and {@code en} the header ranks highest; null for none, a wildcard or a malformed one. */
    public static String of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return null;
        }
        try {
            // parse() sorts by weight, highest first
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-", 2)[0];
                if (SPOKEN.contains(language)) {
                    return language;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        return null;
    }
}
