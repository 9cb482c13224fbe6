package org.benling.assessment.domain.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.benling.contracts.assessment.Grade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The statutory consequences of a final grade (DOMAIN.md "Assessment"; 公务员考核规定 ch. 5). */
public final class Consequences {

    @Schema(name = "ConsequenceKind")
    public enum Kind {
        /** 优秀 → 嘉奖 */
        COMMENDATION("嘉奖"),
        /** three 优秀 in a row → 记三等功 candidate */
        MERIT_CITATION_CANDIDATE("记三等功人选"),
        /** 基本称职 → 诫勉谈话 follow-up */
        ADMONISHMENT_FOLLOW_UP("诫勉谈话"),
        /** 基本称职: the year does not count toward seniority for a grade promotion */
        SENIORITY_NOT_COUNTED("本年度不计算晋升职级年限"),
        /** 不称职 → 调整职务（能下） */
        POST_ADJUSTMENT("调整职务"),
        /** two 不称职 in a row → 辞退审查 */
        DISMISSAL_REVIEW("辞退审查"),
        /** 不定等次: the year does not count toward 级别 and 级别工资档次 seniority */
        GRADE_SENIORITY_NOT_COUNTED("本年度不计算级别和级别工资档次年限"),
        /** 不定等次: no assessment bonus (年度考核奖金) */
        NO_ASSESSMENT_BONUS("不享受年度考核奖金"),
        /** 不定等次: the year does not count as tenure for promotion */
        TENURE_NOT_COUNTED("本年度不计算为晋升职务职级的任职年限");

        private final String chineseName;

        Kind(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }

    private Consequences() {
    }

    /**
     * The consequences of the final grade of {@code year}.
     *
     * @param year    the cycle's year
     * @param grade   this year's final grade
     * @param history the cadre's other finalised years by year, before and after (gaps break a streak)
     */
    public static List<Kind> of(int year, Grade grade, Map<Integer, Grade> history, AssessmentPolicy policy) {
        List<Kind> kinds = new ArrayList<>();
        switch (grade) {
            case EXCELLENT -> kinds.add(Kind.COMMENDATION);
            case COMPETENT -> {
            }
            case BASICALLY_COMPETENT -> {
                kinds.add(Kind.ADMONISHMENT_FOLLOW_UP);
                kinds.add(Kind.SENIORITY_NOT_COUNTED);
            }
            case INCOMPETENT -> kinds.add(Kind.POST_ADJUSTMENT);
        }
        kinds.addAll(ofStreak(year, grade, history, policy));
        return kinds;
    }

    /** The consequences of 不定等次 (DOMAIN.md: no seniority, no bonus, no tenure for promotion for the year). */
    public static List<Kind> ofUngraded() {
        return List.of(Kind.GRADE_SENIORITY_NOT_COUNTED, Kind.NO_ASSESSMENT_BONUS, Kind.TENURE_NOT_COUNTED);
    }

    /**
     * The consequences a year's grade has by its place in a run of equal grades: the 3rd, 6th … 优秀 in a row (the
     * count starts again after a citation) and every 不称职 from the 2nd in a row. The run is read from the whole
     * history, so a year finalised late (2024 after 2025 and 2026) completes the runs of the years around it: see
     * {@link #completedBy}.
     */
    public static List<Kind> ofStreak(int year, Grade grade, Map<Integer, Grade> history, AssessmentPolicy policy) {
        return switch (grade) {
            case EXCELLENT -> streak(year, grade, history) % policy.meritCitationStreak() == 0
                    ? List.of(Kind.MERIT_CITATION_CANDIDATE) : List.of();
            case INCOMPETENT -> streak(year, grade, history) >= policy.dismissalStreak()
                    ? List.of(Kind.DISMISSAL_REVIEW) : List.of();
            default -> List.of();
        };
    }

    /**
     * The later years whose run a newly finalised {@code year} joins, with the streak consequences they have now:
     * finalising 2025 between 优秀 2024 and 2026 makes 2026 the third 优秀 in a row.
     *
     * @param history every finalised year, {@code year} included
     */
    public static Map<Integer, List<Kind>> completedBy(int year, Map<Integer, Grade> history, AssessmentPolicy policy) {
        Map<Integer, List<Kind>> later = new java.util.TreeMap<>();
        Grade grade = history.get(year);
        for (int y = year + 1; history.get(y) == grade; y++) {
            List<Kind> kinds = ofStreak(y, grade, history, policy);
            if (!kinds.isEmpty()) {
                later.put(y, kinds);
            }
        }
        return later;
    }

    /** Years in a row ending with {@code year} (which has {@code grade}) graded {@code grade}. */
    static int streak(int year, Grade grade, Map<Integer, Grade> history) {
        int n = 1;
        while (history.get(year - n) == grade) {
            n++;
        }
        return n;
    }
}
