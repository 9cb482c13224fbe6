package org.benling.selection.domain.rules;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.benling.contracts.Capability;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.supervision.EligibilityCode;
import org.benling.contracts.supervision.EligibilityReason;

/**
 * How ready a successor is for a key post (后备干部, DOMAIN.md "Selecting and appointing cadres"), with what is missing.
 * <ul>
 * <li><b>Ready now</b>: eligible today (the one eligibility rule), the years in the present post served for this step
 * (条例: 2 from deputy to chief, 3 from a lower chief to a higher deputy), every capability the post requires at its
 * minimum score, every experience it requires had.</li>
 * <li><b>1–2 years</b>: what is missing comes within {@code horizonYears}: the years served and the eligibility back
 * by then, each capability short by at most {@code closeGapPoints}, a missing experience (one posting gives it).</li>
 * <li><b>3+ years</b>: anything further off, a capability further below, or an eligibility whose end is not known (a
 * case awaiting its conclusion, a measure without an end).</li>
 * </ul>
 */
public final class Readiness {

    public enum Level { READY_NOW, ONE_TO_TWO_YEARS, THREE_PLUS_YEARS }

    /** The step the post is for the candidate. */
    public enum Step { SAME_LEVEL, DEPUTY_TO_CHIEF, CHIEF_TO_HIGHER_DEPUTY }

    /** What the experience requirements of a post can ask for, each given by a posting of its kind. */
    public enum Experience { GRASSROOTS, WESTERN_REGION, CROSS_REGION_EXCHANGE, POVERTY_ALLEVIATION }

    /** What a post asks of its holder (依事择人). */
    public record Requirement(Step step, Map<Capability, Integer> minimumScores, Set<Experience> experience) {
        public Requirement {
            minimumScores = Map.copyOf(minimumScores);
            experience = Set.copyOf(experience);
        }
    }

    /**
     * What is known of a candidate.
     *
     * @param inPostSince  the day they took their present post (its level)
     * @param scores       the capability profile's scores (0–100); a capability without evidence has none
     * @param ineligibility the eligibility rule's reasons today (empty: eligible)
     */
    public record Candidate(LocalDate inPostSince, Map<Capability, Integer> scores, Set<Experience> experience,
            List<EligibilityReason> ineligibility) {
        public Candidate {
            scores = Map.copyOf(scores);
            experience = Set.copyOf(experience);
            ineligibility = List.copyOf(ineligibility);
        }
    }

    /** One thing missing; the fields that do not apply are null. */
    public record Gap(Kind kind, Capability capability, Integer score, Integer minimum, Experience experience,
            LocalDate from) {
        public enum Kind {
            /** the years in the present post are served on {@code from} */
            TENURE,
            /** eligible again from {@code from}; null when the end is not known */
            INELIGIBLE,
            /** {@code capability} at {@code score} (null: no evidence) of {@code minimum} */
            CAPABILITY,
            /** no posting that gave {@code experience} */
            EXPERIENCE
        }
    }

    public record Assessment(Level level, List<Gap> gaps) {
    }

    private Readiness() {
    }

    /**
     * The step a post of {@code level} is for a cadre of {@code rank}: the same level, a deputy to the chief of the same
     * tier (副处 → 正处), a chief to the deputy of the tier above (正科 → 副处); none for a rank further below or above
     * (not a successor for that post).
     */
    public static Optional<Step> stepTo(RankLevel rank, RankLevel level) {
        if (rank == level) {
            return Optional.of(Step.SAME_LEVEL);
        }
        if (rank.ordinal() != level.ordinal() + 1) {
            return Optional.empty();
        }
        // the levels run principal, deputy, principal, deputy … from the top: a principal post has its own deputy below
        return Optional.of(level.ordinal() % 2 == 0 ? Step.DEPUTY_TO_CHIEF : Step.CHIEF_TO_HIGHER_DEPUTY);
    }

    public static Assessment assess(Candidate candidate, Requirement post, LocalDate today, SelectionPolicy policy) {
        List<Gap> gaps = new ArrayList<>();
        LocalDate horizon = today.plusYears(policy.horizonYears());
        boolean beyond = false;

        LocalDate served = candidate.inPostSince().plusYears(switch (post.step()) {
            case SAME_LEVEL -> 0;
            case DEPUTY_TO_CHIEF -> policy.deputyToChiefYears();
            case CHIEF_TO_HIGHER_DEPUTY -> policy.chiefToHigherYears();
        });
        if (served.isAfter(today)) {
            gaps.add(new Gap(Gap.Kind.TENURE, null, null, null, null, served));
            beyond |= served.isAfter(horizon);
        }

        if (!candidate.ineligibility().isEmpty()) {
            LocalDate eligibleFrom = eligibleAgain(candidate.ineligibility());
            gaps.add(new Gap(Gap.Kind.INELIGIBLE, null, null, null, null, eligibleFrom));
            boolean checkOnly = candidate.ineligibility().stream().allMatch(r -> r.code() == EligibilityCode.CHECK_OPEN);
            beyond |= eligibleFrom == null ? !checkOnly : eligibleFrom.isAfter(horizon);
        }

        post.minimumScores().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(required -> {
            Integer score = candidate.scores().get(required.getKey());
            if (score == null || score < required.getValue()) {
                gaps.add(new Gap(Gap.Kind.CAPABILITY, required.getKey(), score, required.getValue(), null, null));
            }
        });
        beyond |= gaps.stream().anyMatch(g -> g.kind() == Gap.Kind.CAPABILITY
                && (g.score() == null || g.minimum() - g.score() > policy.closeGapPoints()));

        post.experience().stream().sorted().filter(e -> !candidate.experience().contains(e))
                .forEach(e -> gaps.add(new Gap(Gap.Kind.EXPERIENCE, null, null, null, e, null)));

        Level level = gaps.isEmpty() ? Level.READY_NOW : beyond ? Level.THREE_PLUS_YEARS : Level.ONE_TO_TWO_YEARS;
        return new Assessment(level, List.copyOf(gaps));
    }

    /**
     * The first day none of the reasons holds, or null when one of them has no known end. A result of 基本称职 or
     * worse stops counting once {@code considered} newer results exist: the one for year + considered is finalised
     * early the year after, taken here as its 1 January.
     */
    static LocalDate eligibleAgain(List<EligibilityReason> reasons) {
        List<LocalDate> ends = new ArrayList<>();
        for (EligibilityReason r : reasons) {
            switch (r.code()) {
                case MEASURE_IN_INFLUENCE -> ends.add(r.until() == null ? null : r.until().plusDays(1));
                case RECENT_GRADE -> ends.add(LocalDate.of(r.year() + r.considered() + 1, Month.JANUARY, 1));
                case PENDING_CONCLUSION, CHECK_OPEN -> ends.add(null);
            }
        }
        return ends.stream().anyMatch(Objects::isNull) ? null : ends.stream().max(Comparator.naturalOrder()).orElse(null);
    }
}
