package org.benling.assessment.domain.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What finalisation gave: a grade, 不定等次 (comments only), or no grade yet while a case is pending. */
@Schema(name = "ReviewOutcome")
public enum ReviewOutcome {
    /** 确定等次 */
    GRADED("确定等次"),
    /** 不定等次: comments only; excluded from the 优秀 quota's base */
    UNGRADED("不定等次"),
    /** 暂不定等次: a case is pending; the grade is fixed once it is concluded (补定等次) */
    PENDING("暂不定等次");

    private final String chineseName;

    ReviewOutcome(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
