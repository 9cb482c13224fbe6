package org.benling.contracts.personnel;

public enum PoliticalStatus {
    CPC_MEMBER("中共党员"),
    CPC_PROBATIONARY_MEMBER("中共预备党员"),
    DEMOCRATIC_PARTY_MEMBER("民主党派"),
    NON_PARTY("无党派人士"),
    MASSES("群众");

    private final String chineseName;

    PoliticalStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static PoliticalStatus fromChineseName(String name) {
        for (PoliticalStatus p : values()) {
            if (p.chineseName.equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown political status: " + name);
    }
}
