package org.benling.rotation.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.inspection.InfluencePeriod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who may be proposed for a practice posting: not a cadre whose last annual grade is 基本称职 or lower, nor one
 * under a supervision measure in its influence period.
 */
public final class ProposalEligibility {

    public record LastGrade(int year, Grade grade) {
    }

    @Schema(name = "RefusalReason")
    public record Reason(String code, String message) {
    }

    private ProposalEligibility() {
    }

    public static List<Reason> refusals(Optional<LastGrade> lastGrade, List<InfluencePeriod> measures, LocalDate today) {
        List<Reason> reasons = new ArrayList<>();
        lastGrade.filter(g -> g.grade() == Grade.BASICALLY_COMPETENT || g.grade() == Grade.INCOMPETENT)
                .ifPresent(g -> reasons.add(new Reason("LAST_GRADE", g.year() + " 年度考核为" + g.grade().chineseName()
                        + " / the last annual grade (" + g.year() + ") is " + g.grade())));
        measures.stream().filter(m -> m.activeOn(today)).forEach(m -> reasons.add(new Reason("MEASURE_IN_INFLUENCE",
                m.measure() + "（第" + m.form() + "种形态）影响期至 " + m.lastDay() + " / under a supervision measure until "
                        + m.lastDay())));
        return List.copyOf(reasons);
    }
}
