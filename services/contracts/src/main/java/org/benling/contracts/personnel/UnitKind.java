package org.benling.contracts.personnel;

/** Levels of the unit tree: 国家邮政局 → 司局 / 省邮政管理局 → 市邮政管理局. */
public enum UnitKind {
    BUREAU("国家邮政局"),
    DEPARTMENT("机关司局及直属单位"),
    PROVINCIAL("省级邮政管理局"),
    MUNICIPAL("市级邮政管理局");

    private final String chineseName;

    UnitKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
