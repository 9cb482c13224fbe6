package org.benling.platform.security;

import java.util.UUID;

/**
 * What a caller may read, for queries to filter by: everything, one unit subtree (by path prefix), only the
 * caller's own cadre record, or nothing.
 */
public sealed interface ReadScope {

    record Everything() implements ReadScope {
    }

    record Subtree(String pathPrefix) implements ReadScope {
    }

    record Self(UUID cadreId) implements ReadScope {
    }

    record Nothing() implements ReadScope {
    }
}
