package org.benling.contracts.personnel;

import org.benling.contracts.ChineseNamed;

/** Management categories a cadre may belong to (several at once). */
public enum CadreCategory implements ChineseNamed {
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

    @Override
    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }
}
