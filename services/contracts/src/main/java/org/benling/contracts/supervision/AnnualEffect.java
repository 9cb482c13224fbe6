package org.benling.contracts.supervision;

/**
 * What a measure does to one annual assessment (年度考核), from the lightest to the heaviest; where several
 * measures reach the same year, the heaviest wins.
 */
public enum AnnualEffect {
    NONE("无影响"),
    /** the year may not be graded 优秀 */
    NO_EXCELLENT("不得评为优秀"),
    /** the cadre takes part but is not graded while a case is pending; once concluded, the grade is fixed (补定等次) */
    PENDING("暂不定等次（待结案后补定）"),
    /** 不定等次: comments only, no grade */
    UNGRADED("不定等次"),
    /** the year is graded 不称职 */
    INCOMPETENT("确定为不称职");

    private final String chineseName;

    AnnualEffect(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public AnnualEffect heavier(AnnualEffect other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
