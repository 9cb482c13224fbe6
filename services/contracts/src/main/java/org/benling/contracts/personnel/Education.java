package org.benling.contracts.personnel;

/** Highest education attained (最高学历). */
public enum Education {
    DOCTORATE("博士研究生"),
    MASTER("硕士研究生"),
    BACHELOR("大学本科"),
    JUNIOR_COLLEGE("大学专科"),
    SECONDARY("中专及以下");

    private final String chineseName;

    Education(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Education fromChineseName(String name) {
        for (Education e : values()) {
            if (e.chineseName.equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown education: " + name);
    }
}
