package org.benling.contracts.supervision;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The catalogue of penalties and organisational handling with what each does (DOMAIN.md's table): the regulations'
 * values by default, each row replaceable by policy ({@link #with}). The service that applies measures stamps the
 * row on each measure and its events, so a later change of policy never rewrites a measure already imposed.
 */
public final class MeasureCatalog {

    private static final Map<MeasureType, String> REGULATIONS = new EnumMap<>(MeasureType.class);

    static {
        // 监督执纪"四种形态"第一种: on record, no influence
        REGULATIONS.put(MeasureType.TALK_REMINDER, "none;");
        REGULATIONS.put(MeasureType.CRITICISM_EDUCATION, "none;");
        REGULATIONS.put(MeasureType.WRITTEN_INQUIRY, "none;");
        // 诫勉: 6 months; that year no 优秀 (党政领导干部考核工作条例, 干部选拔任用工作条例)
        REGULATIONS.put(MeasureType.ADMONISHMENT, "6;NO_EXCELLENT");
        // 党纪处分 (中国共产党纪律处分条例)
        REGULATIONS.put(MeasureType.PARTY_WARNING, "12;NO_EXCELLENT");
        REGULATIONS.put(MeasureType.PARTY_SERIOUS_WARNING, "18;UNGRADED");
        REGULATIONS.put(MeasureType.PARTY_POST_REVOKED, "24;INCOMPETENT");
        REGULATIONS.put(MeasureType.PARTY_PROBATION_ONE_YEAR, "12+12;INCOMPETENT,UNGRADED");
        REGULATIONS.put(MeasureType.PARTY_PROBATION_TWO_YEARS, "24+12;INCOMPETENT,UNGRADED,UNGRADED");
        REGULATIONS.put(MeasureType.PARTY_EXPULSION, "permanent;INCOMPETENT,UNGRADED,UNGRADED");
        // 政务处分 (公职人员政务处分法)
        REGULATIONS.put(MeasureType.WARNING, "6;NO_EXCELLENT");
        REGULATIONS.put(MeasureType.DEMERIT, "12;UNGRADED");
        REGULATIONS.put(MeasureType.MAJOR_DEMERIT, "18;UNGRADED,UNGRADED");
        REGULATIONS.put(MeasureType.DEMOTION, "24;UNGRADED,UNGRADED");
        REGULATIONS.put(MeasureType.REMOVAL, "24;UNGRADED,UNGRADED");
        // 组织处理 (党政领导干部组织处理规定)
        REGULATIONS.put(MeasureType.POST_ADJUSTMENT, "12;NO_EXCELLENT");
        REGULATIONS.put(MeasureType.ORDERED_RESIGNATION, "12;UNGRADED");
        REGULATIONS.put(MeasureType.DISMISSAL, "12;UNGRADED");
        REGULATIONS.put(MeasureType.DEMOTION_IN_POST, "24;UNGRADED");
        // while it lasts; the assessment follows the outcome
        REGULATIONS.put(MeasureType.SUSPENSION_FOR_REVIEW, "until-concluded;PENDING");
        // 立案审查调查: until concluded; meanwhile no grade, fixed afterwards (补定等次)
        REGULATIONS.put(MeasureType.CASE_FILED, "until-concluded;PENDING");
    }

    private final Map<MeasureType, MeasureRule> rules;

    private MeasureCatalog(Map<MeasureType, MeasureRule> rules) {
        for (MeasureType type : MeasureType.values()) {
            if (!rules.containsKey(type)) {
                throw new IllegalStateException("the catalogue has no row for " + type);
            }
        }
        this.rules = Collections.unmodifiableMap(new EnumMap<>(rules));
    }

    /** The regulations' values (DOMAIN.md "Penalties and organisational handling"). */
    public static MeasureCatalog regulations() {
        Map<MeasureType, MeasureRule> rules = new EnumMap<>(MeasureType.class);
        REGULATIONS.forEach((type, row) -> rules.put(type, MeasureRule.parse(type, row)));
        return new MeasureCatalog(rules);
    }

    /** The catalogue with some rows replaced, each spelled as in {@link MeasureRule#parse}. */
    public MeasureCatalog with(Map<MeasureType, String> rows) {
        Map<MeasureType, MeasureRule> replaced = new EnumMap<>(rules);
        rows.forEach((type, row) -> replaced.put(type, MeasureRule.parse(type, row)));
        return new MeasureCatalog(replaced);
    }

    public MeasureRule rule(MeasureType type) {
        return rules.get(type);
    }

    public Map<MeasureType, MeasureRule> rules() {
        return rules;
    }
}
