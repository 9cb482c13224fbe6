package org.benling.contracts.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.benling.contracts.assessment.Grade;

/**
 * Who may be a candidate (考察对象) for promotion, or be proposed for a posting — one rule for assessment and
 * rotation (党政领导干部选拔任用工作条例; DOMAIN.md "Penalties and organisational handling"): not with 基本称职 or
 * worse in the last three finalised annual results, nor while a supervision measure's influence period runs, nor
 * while a case or suspension awaits its conclusion, nor while the mandatory check of the cadre's personal-matters
 * report (提拔必查, 凡提必核) is open.
 *
 * <p>Each reason is structured (a code, the year and grade, or the day the influence ends) and its message names
 * neither the measure's type, form, dates of imposition nor its reason: HR sees the effect, not the measure.
 */
public final class CandidateEligibility {

    /**
     * @param resultsConsidered how many of the latest finalised annual results count (3)
     * @param blockingGrades    the grades among them that block (基本称职, 不称职)
     */
    public record Policy(int resultsConsidered, Set<Grade> blockingGrades) {
        public Policy {
            if (resultsConsidered < 1) {
                throw new IllegalArgumentException("resultsConsidered must be at least 1: " + resultsConsidered);
            }
            blockingGrades = Set.copyOf(blockingGrades);
        }

        public static Policy regulation() {
            return new Policy(3, EnumSet.of(Grade.BASICALLY_COMPETENT, Grade.INCOMPETENT));
        }
    }

    private CandidateEligibility() {
    }

    /**
     * @param today     the day asked about
     * @param results   the cadre's finalised annual results by year (years after {@code today}'s are ignored)
     * @param checkOpen whether a 提拔必查 of the cadre is open (concluded: its 漏报 or 瞒报 comes as a measure)
     */
    public static List<EligibilityReason> refusals(LocalDate today, Map<Integer, Grade> results, List<MeasureOnRecord> measures,
            boolean checkOpen, Policy policy) {
        List<EligibilityReason> reasons = new ArrayList<>();
        results.entrySet().stream().filter(e -> e.getKey() <= today.getYear())
                .sorted(Map.Entry.<Integer, Grade>comparingByKey().reversed()).limit(policy.resultsConsidered())
                .filter(e -> policy.blockingGrades().contains(e.getValue()))
                .forEach(e -> reasons.add(EligibilityReason.of(EligibilityCode.RECENT_GRADE, e.getKey(), e.getValue(),
                        policy.resultsConsidered(), null)));
        if (measures.stream().anyMatch(m -> m.pendingOn(today))) {
            reasons.add(EligibilityReason.of(EligibilityCode.PENDING_CONCLUSION, null, null, null, null));
        }
        List<MeasureOnRecord> fixed = measures.stream().filter(m -> !m.pendingOn(today) && m.influences(today)).toList();
        if (!fixed.isEmpty()) {
            boolean open = fixed.stream().anyMatch(m -> m.influenceLastDay() == null);
            LocalDate until = open ? null : fixed.stream().map(MeasureOnRecord::influenceLastDay)
                    .max(Comparator.naturalOrder()).orElseThrow();
            reasons.add(EligibilityReason.of(EligibilityCode.MEASURE_IN_INFLUENCE, null, null, null, until));
        }
        if (checkOpen) {
            reasons.add(EligibilityReason.of(EligibilityCode.CHECK_OPEN, null, null, null, null));
        }
        return List.copyOf(reasons);
    }
}
