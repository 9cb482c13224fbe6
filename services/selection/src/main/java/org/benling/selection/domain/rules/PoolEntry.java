package org.benling.selection.domain.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.supervision.EligibilityCode;
import org.benling.contracts.supervision.EligibilityReason;
import org.benling.contracts.text.Reason;

/**
 * Who may enter a reserve pool (后备干部库, 优秀年轻干部库; DOMAIN.md "Selecting and appointing cadres"). A pool prepares
 * cadres for the posts of its level, so a cadre enters it when
 * <ul>
 * <li>their rank is below the pool's level (a pool of 副处 posts takes 正科 and below);</li>
 * <li>they are no older than the pool's age limit on the day, where it sets one (优秀年轻干部);</li>
 * <li>each finalised annual grade of the last {@code gradeYears} years is at least 称职 — this year's counts once it is
 * final, else the years end with the last —, and there is one at least (a cadre never assessed is not yet known well
 * enough);</li>
 * <li>they may be a candidate today: the one eligibility rule (supervision measures, an open 提拔必查, a recent grade
 * below 称职).</li>
 * </ul>
 * A pool is reviewed against the same rule: a member who no longer meets it is shown with the reasons.
 */
public final class PoolEntry {

    /** What a pool asks: its post level, an age limit (null: none) and how many recent years of grades count. */
    public record Pool(RankLevel level, Integer maxAge, int gradeYears) {
        public Pool {
            if (gradeYears < 1) {
                throw new IllegalArgumentException("at least one year of grades counts: " + gradeYears);
            }
        }
    }

    /**
     * What is known of a cadre.
     *
     * @param birthDate     null while the registry has not told it
     * @param grades        finalised annual grades by year
     * @param ineligibility the eligibility rule's reasons today (empty: eligible)
     */
    public record Cadre(RankLevel rank, LocalDate birthDate, Map<Integer, Grade> grades,
            List<EligibilityReason> ineligibility) {
        public Cadre {
            grades = Map.copyOf(grades);
            ineligibility = List.copyOf(ineligibility);
        }
    }

    private PoolEntry() {
    }

    /** Why the cadre may not enter (or stay in) the pool on {@code today}; empty: they may. */
    public static List<Reason> refusals(Pool pool, Cadre cadre, LocalDate today) {
        List<Reason> refusals = new ArrayList<>();
        if (cadre.rank().ordinal() <= pool.level().ordinal()) {
            refusals.add(Reason.of("pool.RANK_NOT_BELOW", "rank", cadre.rank(), "level", pool.level()));
        }
        if (pool.maxAge() != null) {
            if (cadre.birthDate() == null) {
                refusals.add(Reason.of("pool.BIRTH_DATE_UNKNOWN"));
            } else {
                int age = Period.between(cadre.birthDate(), today).getYears();
                if (age > pool.maxAge()) {
                    refusals.add(Reason.of("pool.AGE_OVER_LIMIT", "age", age, "limit", pool.maxAge()));
                }
            }
        }
        int graded = 0;
        Set<Integer> belowCompetent = new HashSet<>();
        // the latest years assessed: this year's once its result is final (December), else up to last year's
        int newest = cadre.grades().containsKey(today.getYear()) ? today.getYear() : today.getYear() - 1;
        for (int year = newest; year > newest - pool.gradeYears(); year--) {
            Grade grade = cadre.grades().get(year);
            if (grade == null) {
                continue;
            }
            graded++;
            if (grade != Grade.EXCELLENT && grade != Grade.COMPETENT) {
                refusals.add(Reason.of("pool.GRADE_BELOW_COMPETENT", "year", year, "grade", grade));
                belowCompetent.add(year);
            }
        }
        if (graded == 0) {
            refusals.add(Reason.of("pool.NO_RECENT_GRADE", "years", pool.gradeYears()));
        }
        // the eligibility rule's own "recent grade" reason says again what a year below 称职 has said already
        cadre.ineligibility().stream()
                .filter(r -> !(r.code() == EligibilityCode.RECENT_GRADE && belowCompetent.contains(r.year())))
                .forEach(reason -> refusals.add(reason.reason()));
        return refusals;
    }
}
