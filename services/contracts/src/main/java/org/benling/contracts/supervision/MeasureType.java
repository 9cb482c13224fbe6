package org.benling.contracts.supervision;

import java.util.List;

/**
 * Every measure of DOMAIN.md's catalogue, with its family and the forms (监督执纪"四种形态") it may take. What a
 * measure does (its influence and its effect on the annual assessment) is policy: {@link MeasureCatalog}.
 */
public enum MeasureType {
    TALK_REMINDER("提醒谈话", MeasureFamily.FORM_ONE, 1),
    CRITICISM_EDUCATION("批评教育", MeasureFamily.FORM_ONE, 1),
    WRITTEN_INQUIRY("函询", MeasureFamily.FORM_ONE, 1),
    ADMONISHMENT("诫勉", MeasureFamily.ADMONISHMENT, 2),
    PARTY_WARNING("党内警告", MeasureFamily.PARTY_DISCIPLINE, 2),
    PARTY_SERIOUS_WARNING("党内严重警告", MeasureFamily.PARTY_DISCIPLINE, 2),
    PARTY_POST_REVOKED("撤销党内职务", MeasureFamily.PARTY_DISCIPLINE, 3),
    PARTY_PROBATION_ONE_YEAR("留党察看一年", MeasureFamily.PARTY_DISCIPLINE, 3),
    PARTY_PROBATION_TWO_YEARS("留党察看二年", MeasureFamily.PARTY_DISCIPLINE, 3),
    PARTY_EXPULSION("开除党籍", MeasureFamily.PARTY_DISCIPLINE, 3),
    WARNING("警告", MeasureFamily.GOVERNMENT_SANCTION, 2),
    DEMERIT("记过", MeasureFamily.GOVERNMENT_SANCTION, 2),
    MAJOR_DEMERIT("记大过", MeasureFamily.GOVERNMENT_SANCTION, 3),
    DEMOTION("降级", MeasureFamily.GOVERNMENT_SANCTION, 3),
    REMOVAL("撤职", MeasureFamily.GOVERNMENT_SANCTION, 3),
    POST_ADJUSTMENT("调整职务", MeasureFamily.ORGANISATIONAL_HANDLING, 2),
    ORDERED_RESIGNATION("责令辞职", MeasureFamily.ORGANISATIONAL_HANDLING, 2, 3),
    DISMISSAL("免职", MeasureFamily.ORGANISATIONAL_HANDLING, 2, 3),
    DEMOTION_IN_POST("降职", MeasureFamily.ORGANISATIONAL_HANDLING, 3),
    SUSPENSION_FOR_REVIEW("停职检查", MeasureFamily.ORGANISATIONAL_HANDLING, 2),
    CASE_FILED("立案审查调查", MeasureFamily.CASE, 4);

    private final String chineseName;
    private final MeasureFamily family;
    private final List<Integer> forms;

    MeasureType(String chineseName, MeasureFamily family, Integer... forms) {
        this.chineseName = chineseName;
        this.family = family;
        this.forms = List.of(forms);
    }

    public String chineseName() {
        return chineseName;
    }

    public MeasureFamily family() {
        return family;
    }

    /** The forms it may take; the first is the default (责令辞职 and 免职 are form 2 or 3 by their weight). */
    public List<Integer> forms() {
        return forms;
    }

    public int defaultForm() {
        return forms.get(0);
    }

    /** Lasts until it is concluded (a case filed, a suspension for review) rather than for a fixed period. */
    public boolean isPending() {
        return this == CASE_FILED || this == SUSPENSION_FOR_REVIEW;
    }
}
