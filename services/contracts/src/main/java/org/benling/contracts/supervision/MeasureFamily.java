package org.benling.contracts.supervision;

/**
 * Where a measure comes from (DOMAIN.md "Penalties and organisational handling"): the three families of penalties
 * and handling, plus 诫勉, the form-1 measures and a case filed for review.
 */
public enum MeasureFamily {
    /** 第一种形态: 提醒谈话, 批评教育, 函询 */
    FORM_ONE("第一种形态"),
    /** 诫勉 (干部监督: 诫勉谈话、书面诫勉) */
    ADMONISHMENT("诫勉"),
    /** 党纪处分 (中国共产党纪律处分条例) */
    PARTY_DISCIPLINE("党纪处分"),
    /** 政务处分 (公职人员政务处分法) */
    GOVERNMENT_SANCTION("政务处分"),
    /** 组织处理 (党政领导干部组织处理规定 2021) */
    ORGANISATIONAL_HANDLING("组织处理"),
    /** 立案审查调查 */
    CASE("立案审查调查");

    private final String chineseName;

    MeasureFamily(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
