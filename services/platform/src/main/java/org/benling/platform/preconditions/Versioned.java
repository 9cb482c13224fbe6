package org.benling.platform.preconditions;

/**
 * A view of one resource that carries its record's {@code @Version}: answered alone, it gets the entity tag
 * {@code ETag: "<version>"} ({@link EntityTags}), which the next update names in {@code If-Match}.
 */
public interface Versioned {

    long version();
}
