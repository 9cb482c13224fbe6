package org.benling.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A search for "100%" or "a_b" finds those characters, not everything. */
class LikeTest {

    @Test
    void wildcardsTypedByTheUserAreEscaped() {
        assertEquals("%100\\%%", Like.contains(" 100% "));
        assertEquals("%a\\_b%", Like.contains("a_b"));
        assertEquals("%c:\\\\x%", Like.contains("c:\\x"));
        assertEquals("%李晓明%", Like.contains("李晓明"));
    }

    @Test
    void blankMeansNoFilter() {
        assertNull(Like.contains("  "));
        assertNull(Like.contains(null));
    }
}
