package org.benling.inspection.domain.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Supervision measures (监督执纪"四种形态"), each with its default form: 1 criticism, talks, reminder and inquiry
 * letters; 2 light penalties and organisational adjustment incl. admonishment; 3 heavy penalties and major post
 * changes; 4 a case filed for review.
 */
@Schema(name = "MeasureType")
public enum MeasureType {
    TALK_REMINDER("谈话提醒", 1),
    CRITICISM_EDUCATION("批评教育", 1),
    WRITTEN_INQUIRY("函询", 1),
    ADMONISHMENT("诫勉", 2),
    WARNING("警告", 2),
    DEMERIT("记过", 2),
    MAJOR_DEMERIT("记大过", 2),
    DEMOTION("降级", 3),
    REMOVAL("撤职", 3),
    CASE_FILED("立案审查", 4);

    private final String chineseName;
    private final int form;

    MeasureType(String chineseName, int form) {
        this.chineseName = chineseName;
        this.form = form;
    }

    public String chineseName() {
        return chineseName;
    }

    public int form() {
        return form;
    }
}
