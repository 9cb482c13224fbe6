package org.benling.platform.persistence;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Sets of enum values stored as a PostgreSQL {@code text[]} column: names, sorted, so equal sets store equally. */
public final class EnumSetColumn {

    public static <E extends Enum<E>> Set<E> toSet(String[] names, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        Arrays.stream(names).map(name -> Enum.valueOf(type, name)).forEach(set::add);
        return set;
    }

    public static String[] toArray(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    /** The PostgreSQL array literal ({@code {A,B}}) for a native query parameter cast to {@code text[]}. */
    public static String literal(Set<? extends Enum<?>> values) {
        return "{" + String.join(",", toArray(values)) + "}";
    }

    private EnumSetColumn() {
    }
}
