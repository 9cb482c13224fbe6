package org.benling.contracts.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of a reason a rule gives, from its code and parameters, in the reader's language: Chinese, English, or —
 * for a caller who named neither (an API client without {@code Accept-Language}) — both, Chinese first. The rules
 * hand out codes and parameters; only this class turns them into text, so the web app, which renders the same codes
 * from its own catalogue, and the API say the same thing.
 *
 * <p>Texts live in {@code reasons_zh.properties} and {@code reasons_en.properties} beside this class, with named
 * placeholders ({@code {year}}). An enum parameter is written with its own key ({@code Grade.EXCELLENT}), so a grade
 * reads 优秀 in Chinese and "excellent" in English.
 */
public final class ReasonText {

    private static final String BUNDLE = "org.benling.contracts.text.reasons";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ReasonText() {
    }

    /**
     * @param language {@code zh}, {@code en}, or null for both
     * @throws IllegalArgumentException for a code without a text (a missing text is a defect, not a blank)
     */
    public static String render(String code, Map<String, ?> params, String language) {
        if (language == null) {
            return render(code, params, "zh") + " / " + render(code, params, "en");
        }
        ResourceBundle bundle = bundle(language);
        String template = text(bundle, code)
                .orElseThrow(() -> new IllegalArgumentException("no " + language + " text for reason " + code));
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = params == null ? null : params.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(word(bundle, value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Is there a text for {@code code}? */
    public static boolean knows(String code) {
        return text(bundle("zh"), code).isPresent() && text(bundle("en"), code).isPresent();
    }

    private static String word(ResourceBundle bundle, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Reason r) {
            return render(r.code(), r.params(), language(bundle));
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> word(bundle, v))
                    .collect(Collectors.joining("zh".equals(language(bundle)) ? "；" : "; "));
        }
        if (value instanceof Enum<?> e) {
            return text(bundle, e.getDeclaringClass().getSimpleName() + "." + e.name()).orElse(e.name());
        }
        return value.toString();
    }

    private static String language(ResourceBundle bundle) {
        return bundle.getLocale().getLanguage();
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), ReasonText.class.getClassLoader(),
                NO_FALLBACK);
    }

    private static Optional<String> text(ResourceBundle bundle, String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
