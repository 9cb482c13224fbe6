package org.benling.assessment.domain.rules;

import org.benling.contracts.inspection.InfluencePeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.benling.contracts.assessment.Grade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Promotion eligibility as a candidate (考察对象), 党政领导干部选拔任用工作条例 art. 24: not while last year's grade is
 * 基本称职 or lower, nor while an admonishment, organisational measure or penalty is in its influence period.
 */
public final class Eligibility {

    @Schema(name = "EligibilityReason")
    public record Reason(String code, String message) {
    }

    @Schema(name = "Eligibility")
    public record Result(boolean eligible, List<Reason> reasons) {
    }

    private Eligibility() {
    }

    /**
     * @param today        the day asked about
     * @param lastYearGrade the final grade of the year before {@code today}'s year, if any
     */
    public static Result evaluate(LocalDate today, Optional<Grade> lastYearGrade, List<InfluencePeriod> measures) {
        List<Reason> reasons = new ArrayList<>();
        int lastYear = today.getYear() - 1;
        lastYearGrade.filter(g -> g == Grade.BASICALLY_COMPETENT || g == Grade.INCOMPETENT).ifPresent(g -> reasons.add(
                new Reason("LAST_GRADE", lastYear + " 年度考核为" + g.chineseName() + " / " + lastYear
                        + " annual grade was " + g.name())));
        measures.stream().filter(m -> m.activeOn(today)).forEach(m -> reasons.add(new Reason("MEASURE_IN_INFLUENCE",
                m.measure() + "（第" + m.form() + "种形态）影响期至 " + m.lastDay() + " / supervision measure "
                        + m.measure() + " in its influence period until " + m.lastDay())));
        return new Result(reasons.isEmpty(), List.copyOf(reasons));
    }
}
