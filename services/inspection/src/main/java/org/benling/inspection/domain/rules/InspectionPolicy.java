package org.benling.inspection.domain.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The inspection rules' numbers (DOMAIN.md "Inspection and supervision"), configurable under
 * {@code benling.inspection.policy.*}.
 *
 * @param termYears           full coverage of all units within one term (巡视工作条例: 5 years)
 * @param termStartYear       the first year of a term (terms follow each other from it)
 * @param rectificationMonths a rectification report is due this many months after feedback (2)
 * @param categories          the finding categories (问题清单 分类)
 * @param influenceMonths     the influence period of each measure type in months (0: none)
 */
public record InspectionPolicy(int termYears, int termStartYear, int rectificationMonths, List<String> categories,
        Map<MeasureType, Integer> influenceMonths) {

    public static InspectionPolicy defaults() {
        return new InspectionPolicy(5, 2023, 2, List.of("政治建设", "全面从严治党", "选人用人", "作风建设", "安全监管",
                "行业监管", "财务管理", "意识形态"), Map.of(MeasureType.TALK_REMINDER, 0, MeasureType.CRITICISM_EDUCATION, 0,
                MeasureType.WRITTEN_INQUIRY, 0, MeasureType.ADMONISHMENT, 6, MeasureType.WARNING, 6, MeasureType.DEMERIT, 12,
                MeasureType.MAJOR_DEMERIT, 18, MeasureType.DEMOTION, 24, MeasureType.REMOVAL, 24, MeasureType.CASE_FILED, 24));
    }

    /** The term (first and last day) a day falls in. */
    public Term termOf(LocalDate day) {
        int offset = Math.floorDiv(day.getYear() - termStartYear, termYears);
        int first = termStartYear + offset * termYears;
        return new Term(LocalDate.of(first, 1, 1), LocalDate.of(first + termYears - 1, 12, 31));
    }

    /** A rectification report's due date: {@code rectificationMonths} after the feedback. */
    public LocalDate rectificationDue(LocalDate feedbackOn) {
        return feedbackOn.plusMonths(rectificationMonths);
    }

    /**
     * The last day of a measure's influence period: {@code influenceMonths} from the day it is applied (a 6-month
     * warning applied on 10 January influences through 9 July). A measure without influence period ends the day
     * before it is applied, so that it never blocks anything ({@code InfluencePeriod} in contracts).
     */
    public LocalDate influenceUntil(MeasureType type, LocalDate appliedOn) {
        int months = influenceMonths.getOrDefault(type, 0);
        return appliedOn.plusMonths(months).minusDays(1);
    }

    public record Term(LocalDate first, LocalDate last) {
        public boolean contains(LocalDate day) {
            return day != null && !day.isBefore(first) && !day.isAfter(last);
        }
    }
}
