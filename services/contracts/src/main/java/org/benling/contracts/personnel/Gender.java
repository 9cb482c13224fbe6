package org.benling.contracts.personnel;

import org.benling.contracts.ChineseNamed;

public enum Gender implements ChineseNamed {
    MALE("男"),
    FEMALE("女");

    private final String chineseName;

    Gender(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
