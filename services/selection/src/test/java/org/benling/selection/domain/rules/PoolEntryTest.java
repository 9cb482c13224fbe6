package org.benling.selection.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.supervision.CandidateEligibility;
import org.benling.contracts.supervision.EligibilityReason;
import org.benling.contracts.text.Reason;
import org.junit.jupiter.api.Test;

/**
 * 后备干部、优秀年轻干部入库: a pool of 副处 posts takes cadres below that level, no older than its age limit, whose
 * recent annual results are 称职 or better, and who may be candidates today; a member is reviewed against the same.
 */
class PoolEntryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    /** 优秀年轻干部 for 副处 posts: at most 40, two years of results. */
    static final PoolEntry.Pool YOUNG_DEPUTY_DIVISION = new PoolEntry.Pool(RankLevel.DIVISION_DEPUTY, 40, 2);
    static final Map<Integer, Grade> GOOD = Map.of(2025, Grade.EXCELLENT, 2024, Grade.COMPETENT);

    static List<String> refusals(PoolEntry.Pool pool, RankLevel rank, LocalDate born, Map<Integer, Grade> grades) {
        List<EligibilityReason> ineligibility = CandidateEligibility.refusals(TODAY, grades, List.of(), false,
                CandidateEligibility.Policy.regulation());
        return PoolEntry.refusals(pool, new PoolEntry.Cadre(rank, born, grades, ineligibility), TODAY).stream()
                .map(Reason::code).toList();
    }

    @Test
    void aSectionChiefOfThirtyEightWithGoodResultsEntersTheYoungCadresPool() {
        assertEquals(List.of(), refusals(YOUNG_DEPUTY_DIVISION, RankLevel.SECTION_PRINCIPAL, LocalDate.of(1988, 3, 1), GOOD));
    }

    @Test
    void aCadreAlreadyAtThePoolsLevelDoesNotEnterIt() {
        assertEquals(List.of("pool.RANK_NOT_BELOW"), refusals(YOUNG_DEPUTY_DIVISION, RankLevel.DIVISION_DEPUTY,
                LocalDate.of(1988, 3, 1), GOOD));
    }

    @Test
    void theAgeLimitCountsOnTheDayAndAPoolWithoutOneTakesAnyAge() {
        // 41 since yesterday: over the limit; 40 until tomorrow: within it
        assertEquals(List.of("pool.AGE_OVER_LIMIT"), refusals(YOUNG_DEPUTY_DIVISION, RankLevel.SECTION_PRINCIPAL,
                TODAY.minusYears(41).minusDays(1), GOOD));
        assertEquals(List.of(), refusals(YOUNG_DEPUTY_DIVISION, RankLevel.SECTION_PRINCIPAL,
                TODAY.minusYears(41).plusDays(1), GOOD));
        PoolEntry.Pool reserve = new PoolEntry.Pool(RankLevel.DIVISION_DEPUTY, null, 2);
        assertEquals(List.of(), refusals(reserve, RankLevel.SECTION_PRINCIPAL, LocalDate.of(1968, 1, 1), GOOD));
        assertEquals(List.of("pool.BIRTH_DATE_UNKNOWN"), refusals(YOUNG_DEPUTY_DIVISION, RankLevel.SECTION_PRINCIPAL,
                null, GOOD));
    }

    @Test
    void aResultBelowCompetentInTheYearsThatCountKeepsACadreOutOnce() {
        Map<Integer, Grade> basic = Map.of(2025, Grade.COMPETENT, 2024, Grade.BASICALLY_COMPETENT);
        List<String> refused = refusals(YOUNG_DEPUTY_DIVISION, RankLevel.SECTION_PRINCIPAL, LocalDate.of(1988, 3, 1), basic);
        // the eligibility rule says the same of 2024: said once
        assertEquals(List.of("pool.GRADE_BELOW_COMPETENT"), refused);
        // three years back no longer counts for a pool of two
        assertEquals(List.of(), refusals(YOUNG_DEPUTY_DIVISION, RankLevel.SECTION_PRINCIPAL, LocalDate.of(1988, 3, 1),
                Map.of(2025, Grade.COMPETENT, 2023, Grade.BASICALLY_COMPETENT)).stream()
                .filter(code -> code.startsWith("pool.")).toList());
    }

    @Test
    void thisYearsResultCountsOnceItIsFinal() {
        // 2026's result is final: the two years are 2026 and 2025, and 2024's 基本称职 no longer counts
        assertEquals(List.of(), refusals(YOUNG_DEPUTY_DIVISION, RankLevel.SECTION_PRINCIPAL, LocalDate.of(1988, 3, 1),
                Map.of(2026, Grade.COMPETENT, 2025, Grade.COMPETENT, 2024, Grade.BASICALLY_COMPETENT)).stream()
                .filter(code -> code.startsWith("pool.")).toList());
        assertEquals(List.of("pool.GRADE_BELOW_COMPETENT"), refusals(YOUNG_DEPUTY_DIVISION, RankLevel.SECTION_PRINCIPAL,
                LocalDate.of(1988, 3, 1), Map.of(2026, Grade.BASICALLY_COMPETENT, 2025, Grade.EXCELLENT)));
    }

    @Test
    void aCadreNeverAssessedInTheYearsThatCountIsNotYetKnownWellEnough() {
        assertEquals(List.of("pool.NO_RECENT_GRADE"), refusals(YOUNG_DEPUTY_DIVISION, RankLevel.SECTION_DEPUTY,
                LocalDate.of(1990, 5, 1), Map.of()));
    }

    @Test
    void aCadreWhoMayNotBeACandidateDoesNotEnterWithTheEligibilityRulesReason() {
        List<EligibilityReason> checkOpen = CandidateEligibility.refusals(TODAY, GOOD, List.of(), true,
                CandidateEligibility.Policy.regulation());
        assertEquals(List.of("eligibility.CHECK_OPEN"), PoolEntry.refusals(YOUNG_DEPUTY_DIVISION, new PoolEntry.Cadre(
                RankLevel.SECTION_PRINCIPAL, LocalDate.of(1988, 3, 1), GOOD, checkOpen), TODAY).stream()
                .map(Reason::code).toList());
    }

    @Test
    void theReasonsAreWordedInEitherLanguage() {
        Reason over = PoolEntry.refusals(YOUNG_DEPUTY_DIVISION, new PoolEntry.Cadre(RankLevel.SECTION_PRINCIPAL,
                TODAY.minusYears(45), GOOD, List.of()), TODAY).get(0);
        assertEquals("年龄 45 岁，超过本库年龄上限 40 岁", over.text("zh"));
        assertEquals("aged 45, over the pool's limit of 40", over.text("en"));
        Reason rank = PoolEntry.refusals(YOUNG_DEPUTY_DIVISION, new PoolEntry.Cadre(RankLevel.DIVISION_PRINCIPAL,
                TODAY.minusYears(35), GOOD, List.of()), TODAY).get(0);
        assertEquals("现任正县处级，不低于本库的职务层次（副县处级）", rank.text("zh"));
    }
}
