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
        DISMISSAL_REVIEW("辞退审查");

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
     * @param year      the cycle's year
     * @param grade     this year's final grade
     * @param earlier   final grades of earlier years by year (gaps break a streak)
     */
    public static List<Kind> of(int year, Grade grade, Map<Integer, Grade> earlier, AssessmentPolicy policy) {
        List<Kind> kinds = new ArrayList<>();
        switch (grade) {
            case EXCELLENT -> {
                kinds.add(Kind.COMMENDATION);
                // every full run of three (the 3rd, 6th … year in a row): the count starts again after a citation
                if (streak(year, Grade.EXCELLENT, earlier) % policy.meritCitationStreak() == 0) {
                    kinds.add(Kind.MERIT_CITATION_CANDIDATE);
                }
            }
            case COMPETENT -> {
            }
            case BASICALLY_COMPETENT -> {
                kinds.add(Kind.ADMONISHMENT_FOLLOW_UP);
                kinds.add(Kind.SENIORITY_NOT_COUNTED);
            }
            case INCOMPETENT -> {
                kinds.add(Kind.POST_ADJUSTMENT);
                if (streak(year, Grade.INCOMPETENT, earlier) >= policy.dismissalStreak()) {
                    kinds.add(Kind.DISMISSAL_REVIEW);
                }
            }
        }
        return kinds;
    }

    /** Years in a row ending with {@code year} (which has {@code grade}) graded {@code grade}. */
    static int streak(int year, Grade grade, Map<Integer, Grade> earlier) {
        int n = 1;
        while (earlier.get(year - n) == grade) {
            n++;
        }
        return n;
    }
}
