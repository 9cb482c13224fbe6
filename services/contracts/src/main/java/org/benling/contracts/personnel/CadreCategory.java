package org.benling.contracts.personnel;

/** Management categories a cadre may belong to (several at once). */
public enum CadreCategory {
    PARTY_GROUP_MANAGED("党组管理干部", "managed by the Party group"),
    YOUNG_AND_MIDDLE_AGED("中青年干部", "young and middle-aged cadre"),
    OUTSTANDING_YOUNG("优秀年轻干部", "outstanding young cadre"),
    RESERVE("后备干部", "reserve cadre");

    private final String chineseName;
    private final String englishName;

    CadreCategory(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    public static CadreCategory fromChineseName(String name) {
        for (CadreCategory c : values()) {
            if (c.chineseName.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown cadre category: " + name);
    }
}
