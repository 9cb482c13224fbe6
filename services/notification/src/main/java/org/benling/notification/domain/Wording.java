package org.benling.notification.domain;

import java.util.Map;

/**
 * A to-do's or a notification's title in both languages, with {@code {name}} placeholders filled from the item's
 * params when it is read (so the words follow the caller's language, and a cadre's name the register's latest).
 */
public record Wording(String chinese, String english) {

    /**
     * The title in {@code language} ({@code zh} or {@code en}; null, for a caller who named neither: both, Chinese
     * first), its placeholders filled.
     */
    public String render(String language, Map<String, String> params) {
        String text = language == null ? chinese + " / " + english : "en".equals(language) ? english : chinese;
        for (Map.Entry<String, String> p : params.entrySet()) {
            text = text.replace("{" + p.getKey() + "}", p.getValue() == null ? "" : p.getValue());
        }
        return text;
    }
}
