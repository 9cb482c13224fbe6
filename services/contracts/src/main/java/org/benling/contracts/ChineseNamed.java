package org.benling.contracts;

/** A code list whose values have the Chinese names the bureau's forms and rosters print. */
public interface ChineseNamed {

    String chineseName();

    /**
     * The value of {@code type} printed as {@code name}.
     *
     * @throws IllegalArgumentException when no value has that name
     */
    static <E extends Enum<E> & ChineseNamed> E byChineseName(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.chineseName().equals(name)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + ": " + name);
    }
}
