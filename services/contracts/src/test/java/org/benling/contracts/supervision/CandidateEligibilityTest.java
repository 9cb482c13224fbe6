package org.benling.contracts.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.supervision.EligibilityReason;
import org.junit.jupiter.api.Test;

/** 选任条例: not a candidate with 基本称职 or worse in the last three results, nor under a measure's influence. */
class CandidateEligibilityTest {

    static final LocalDate TODAY = LocalDate.of(2027, 1, 15);
    static final CandidateEligibility.Policy REGULATION = CandidateEligibility.Policy.regulation();

    static List<EligibilityReason> refusals(Map<Integer, Grade> results, MeasureOnRecord... measures) {
        return CandidateEligibility.refusals(TODAY, results, List.of(measures), false, REGULATION);
    }

    static MeasureOnRecord measure(MeasureType type, LocalDate appliedOn) {
        return MeasureOnRecord.imposed(UUID.randomUUID(), MeasureCatalog.regulations().rule(type), type.defaultForm(),
                appliedOn);
    }

    @Test
    void aBasicallyCompetentResultTwoYearsBackStillBlocks() {
        List<EligibilityReason> reasons = refusals(Map.of(2025, Grade.COMPETENT, 2024, Grade.BASICALLY_COMPETENT, 2023, Grade.EXCELLENT));
        assertEquals(List.of(EligibilityCode.RECENT_GRADE), reasons.stream().map(EligibilityReason::code).toList());
        assertEquals(2024, reasons.get(0).year());
        assertEquals(Grade.BASICALLY_COMPETENT, reasons.get(0).grade());
    }

    @Test
    void onlyTheLastThreeFinalisedResultsCountWhateverTheCalendarSays() {
        // 2026 not finalised yet in January 2027: the last three are 2025, 2024, 2023; 2022 no longer counts
        assertTrue(refusals(Map.of(2025, Grade.COMPETENT, 2024, Grade.COMPETENT, 2023, Grade.COMPETENT,
                2022, Grade.INCOMPETENT)).isEmpty());
        assertFalse(refusals(Map.of(2025, Grade.COMPETENT, 2024, Grade.COMPETENT, 2022, Grade.INCOMPETENT)).isEmpty(),
                "with 2023 missing, 2022 is among the last three results");
    }

    @Test
    void goodResultsAndNoResultsAreEligible() {
        assertTrue(refusals(Map.of(2025, Grade.EXCELLENT, 2024, Grade.COMPETENT)).isEmpty());
        assertTrue(refusals(Map.of()).isEmpty());
    }

    @Test
    void aMeasureInItsInfluencePeriodBlocksUntilTheLatestLastDayAndNamesNoTypeOrForm() {
        List<EligibilityReason> reasons = refusals(Map.of(),
                measure(MeasureType.WARNING, LocalDate.of(2026, 9, 1)),
                measure(MeasureType.DEMERIT, LocalDate.of(2026, 10, 1)));
        assertEquals(1, reasons.size());
        EligibilityReason reason = reasons.get(0);
        assertEquals(EligibilityCode.MEASURE_IN_INFLUENCE, reason.code());
        assertEquals(LocalDate.of(2027, 9, 30), reason.until());
        assertTrue(reason.message().contains("2027-09-30"), reason.message());
        for (String secret : List.of("警告", "记过", "形态", "2026-09-01", "2026-10-01")) {
            assertFalse(reason.message().contains(secret), "the reason names " + secret + ": " + reason.message());
        }
    }

    @Test
    void aMeasureWhoseInfluenceEndedOrThatWasRevokedDoesNotBlock() {
        assertTrue(refusals(Map.of(), measure(MeasureType.WARNING, LocalDate.of(2026, 7, 15))).isEmpty(),
                "6 months from 15 July end on 14 January");
        assertFalse(refusals(Map.of(), measure(MeasureType.WARNING, LocalDate.of(2026, 7, 16))).isEmpty(), "the last day");
        MeasureOnRecord revoked = measure(MeasureType.DEMERIT, LocalDate.of(2026, 10, 1)).revoked(LocalDate.of(2026, 12, 1));
        assertTrue(refusals(Map.of(), revoked).isEmpty());
    }

    @Test
    void bothKindsOfReasonTogether() {
        assertEquals(List.of(EligibilityCode.RECENT_GRADE, EligibilityCode.MEASURE_IN_INFLUENCE), refusals(Map.of(2025, Grade.INCOMPETENT),
                measure(MeasureType.ADMONISHMENT, LocalDate.of(2026, 12, 1))).stream().map(EligibilityReason::code).toList());
    }

    @Test
    void aPendingCaseBlocksUntilItIsConcludedAndSaysNothingOfTheCase() {
        MeasureOnRecord filed = measure(MeasureType.CASE_FILED, LocalDate.of(2026, 11, 20));
        List<EligibilityReason> reasons = refusals(Map.of(), filed);
        assertEquals(List.of(EligibilityCode.PENDING_CONCLUSION), reasons.stream().map(EligibilityReason::code).toList());
        assertEquals(null, reasons.get(0).until());
        for (String secret : List.of("立案", "审查调查", "2026-11-20")) {
            assertFalse(reasons.get(0).message().contains(secret), reasons.get(0).message());
        }
        assertTrue(refusals(Map.of(), filed.concluded(LocalDate.of(2027, 1, 10), AnnualEffect.NONE)).isEmpty(),
                "concluded without a penalty");
    }

    @Test
    void anOpenPromotionCheckBlocksUntilItIsConcluded() {
        // 凡提必核: while the personal-matters report of the candidate is being checked, not yet eligible
        List<EligibilityReason> open = CandidateEligibility.refusals(TODAY, Map.of(2025, Grade.EXCELLENT), List.of(), true,
                REGULATION);
        assertEquals(List.of(EligibilityCode.CHECK_OPEN), open.stream().map(EligibilityReason::code).toList());
        assertTrue(open.get(0).in("zh").message().contains("个人有关事项核查"), open.get(0).in("zh").message());
        // 如实: concluded without a measure, eligible
        assertTrue(CandidateEligibility.refusals(TODAY, Map.of(2025, Grade.EXCELLENT), List.of(), false, REGULATION).isEmpty());
    }

    @Test
    void aConcealmentFoundByTheCheckBlocksForItsMeasuresPeriod() {
        // 瞒报: 诫勉 imposed with (at least) twelve months' influence on promotion, from the day of the conclusion
        MeasureRule concealment = new MeasureRule(MeasureType.ADMONISHMENT, Influence.months(12),
                MeasureCatalog.regulations().rule(MeasureType.ADMONISHMENT).effects());
        MeasureOnRecord admonished = MeasureOnRecord.imposed(UUID.randomUUID(), concealment,
                MeasureType.ADMONISHMENT.defaultForm(), TODAY);
        List<EligibilityReason> reasons = refusals(Map.of(), admonished);
        assertEquals(List.of(EligibilityCode.MEASURE_IN_INFLUENCE), reasons.stream().map(EligibilityReason::code).toList());
        assertEquals(TODAY.plusMonths(12).minusDays(1), reasons.get(0).until());
        assertFalse(reasons.get(0).message().contains("瞒报"), reasons.get(0).message());
    }

    @Test
    void anExpulsionBlocksForGoodWithoutALastDay() {
        List<EligibilityReason> reasons = refusals(Map.of(), measure(MeasureType.PARTY_EXPULSION, LocalDate.of(2020, 1, 1)),
                measure(MeasureType.WARNING, LocalDate.of(2026, 12, 1)));
        assertEquals(List.of(EligibilityCode.MEASURE_IN_INFLUENCE), reasons.stream().map(EligibilityReason::code).toList());
        assertEquals(null, reasons.get(0).until(), "open-ended wins over a fixed last day");
    }
}
