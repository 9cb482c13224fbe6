package org.benling.contracts.personnel;

import org.benling.contracts.ChineseNamed;

/** Highest education attained (最高学历). */
public enum Education implements ChineseNamed {
    DOCTORATE("博士研究生"),
    MASTER("硕士研究生"),
    BACHELOR("大学本科"),
    JUNIOR_COLLEGE("大学专科"),
    SECONDARY("中专及以下");

    private final String chineseName;

    Education(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
