package org.benling.platform.persistence;

/**
 * A user's search text as a LIKE pattern that matches it literally anywhere: {@code %} and {@code _} typed by the user
 * are escaped with PostgreSQL's default LIKE escape character (backslash), so "100%" finds "100%", not everything.
 */
public final class Like {

    private Like() {
    }

    /** {@code %text%} with the text's own wildcards escaped; null for a blank text (no filter). */
    public static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
