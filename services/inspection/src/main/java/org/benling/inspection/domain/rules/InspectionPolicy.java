package org.benling.inspection.domain.rules;

import java.time.LocalDate;
import java.util.List;
import org.benling.contracts.supervision.MeasureCatalog;

/**
 * The inspection rules' numbers (DOMAIN.md "Inspection and supervision"), configurable under
 * {@code benling.inspection.policy.*}.
 *
 * @param termYears           full coverage of all units within one term (巡视工作条例: 5 years)
 * @param termStartYear       the first year of a term (terms follow each other from it)
 * @param rectificationMonths a rectification report is due this many months after feedback (2)
 * @param categories          the finding categories (问题清单 分类)
 * @param catalogue           what each type of measure does: its promotion influence and annual-assessment effects
 *                            (DOMAIN.md's table; the regulations' values unless a row is configured)
 */
public record InspectionPolicy(int termYears, int termStartYear, int rectificationMonths, List<String> categories,
        MeasureCatalog catalogue) {

    public static InspectionPolicy defaults() {
        return new InspectionPolicy(5, 2023, 2, List.of("政治建设", "全面从严治党", "选人用人", "作风建设", "安全监管",
                "行业监管", "财务管理", "意识形态"), MeasureCatalog.regulations());
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

    public record Term(LocalDate first, LocalDate last) {
        public boolean contains(LocalDate day) {
            return day != null && !day.isBefore(first) && !day.isAfter(last);
        }
    }
}
