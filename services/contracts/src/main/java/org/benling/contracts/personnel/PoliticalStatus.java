package org.benling.contracts.personnel;

import org.benling.contracts.ChineseNamed;

public enum PoliticalStatus implements ChineseNamed {
    CPC_MEMBER("中共党员"),
    CPC_PROBATIONARY_MEMBER("中共预备党员"),
    DEMOCRATIC_PARTY_MEMBER("民主党派"),
    NON_PARTY("无党派人士"),
    MASSES("群众");

    private final String chineseName;

    PoliticalStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
