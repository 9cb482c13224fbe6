package org.benling.contracts.assessment;

/** Annual assessment grades (年度考核等次). */
public enum Grade {
    EXCELLENT("优秀"),
    COMPETENT("称职"),
    BASICALLY_COMPETENT("基本称职"),
    INCOMPETENT("不称职");

    private final String chineseName;

    Grade(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
