package org.benling.contracts.personnel;

public enum Gender {
    MALE("男"),
    FEMALE("女");

    private final String chineseName;

    Gender(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Gender fromChineseName(String name) {
        for (Gender g : values()) {
            if (g.chineseName.equals(name)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown gender: " + name);
    }
}
