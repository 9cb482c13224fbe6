package org.benling.selection.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.supervision.CandidateEligibility;
import org.benling.contracts.supervision.EligibilityReason;
import org.benling.contracts.supervision.MeasureCatalog;
import org.benling.contracts.supervision.MeasureOnRecord;
import org.benling.contracts.supervision.MeasureType;
import org.benling.selection.domain.rules.Readiness.Candidate;
import org.benling.selection.domain.rules.Readiness.Experience;
import org.benling.selection.domain.rules.Readiness.Gap;
import org.benling.selection.domain.rules.Readiness.Level;
import org.benling.selection.domain.rules.Readiness.Requirement;
import org.benling.selection.domain.rules.Readiness.Step;
import org.junit.jupiter.api.Test;

/**
 * 后备干部的成熟度: ready now, in 1–2 years or in 3 or more, from the eligibility rule, the years in post the
 * regulation asks for the step (由副职提任正职的，应当在副职岗位工作两年以上), the capabilities and experience the post asks.
 */
class ReadinessTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final SelectionPolicy POLICY = SelectionPolicy.regulation();
    static final Requirement CHIEF_POST = new Requirement(Step.DEPUTY_TO_CHIEF,
            Map.of(Capability.POLITICAL_LEADERSHIP, 80, Capability.RISK_MANAGEMENT, 75), Set.of(Experience.GRASSROOTS));
    static final Map<Capability, Integer> STRONG = Map.of(Capability.POLITICAL_LEADERSHIP, 86,
            Capability.RISK_MANAGEMENT, 79);

    static List<EligibilityReason> eligibility(Map<Integer, Grade> results, boolean checkOpen, MeasureOnRecord... measures) {
        return CandidateEligibility.refusals(TODAY, results, List.of(measures), checkOpen,
                CandidateEligibility.Policy.regulation());
    }

    static Readiness.Assessment assess(LocalDate inPostSince, Map<Capability, Integer> scores, Set<Experience> experience,
            List<EligibilityReason> ineligibility) {
        return Readiness.assess(new Candidate(inPostSince, scores, experience, ineligibility), CHIEF_POST, TODAY, POLICY);
    }

    @Test
    void aDeputyOfThreeYearsWhoMeetsEveryRequirementIsReadyNow() {
        Readiness.Assessment a = assess(TODAY.minusYears(3), STRONG, Set.of(Experience.GRASSROOTS), List.of());
        assertEquals(Level.READY_NOW, a.level());
        assertEquals(List.of(), a.gaps());
    }

    @Test
    void aDeputyOfOneYearIsReadyOnceTheTwoYearsAreServed() {
        Readiness.Assessment a = assess(TODAY.minusYears(1), STRONG, Set.of(Experience.GRASSROOTS), List.of());
        assertEquals(Level.ONE_TO_TWO_YEARS, a.level());
        assertEquals(List.of(new Gap(Gap.Kind.TENURE, null, null, null, null, TODAY.plusYears(1))), a.gaps());
    }

    @Test
    void aCapabilityAFewPointsShortOrAMissingPostingIsOneToTwoYearsAndFarBelowIsThreePlus() {
        Map<Capability, Integer> close = Map.of(Capability.POLITICAL_LEADERSHIP, 72, Capability.RISK_MANAGEMENT, 79);
        Readiness.Assessment a = assess(TODAY.minusYears(3), close, Set.of(), List.of());
        assertEquals(Level.ONE_TO_TWO_YEARS, a.level());
        assertEquals(List.of(new Gap(Gap.Kind.CAPABILITY, Capability.POLITICAL_LEADERSHIP, 72, 80, null, null),
                new Gap(Gap.Kind.EXPERIENCE, null, null, null, Experience.GRASSROOTS, null)), a.gaps());

        Map<Capability, Integer> far = Map.of(Capability.POLITICAL_LEADERSHIP, 60, Capability.RISK_MANAGEMENT, 79);
        assertEquals(Level.THREE_PLUS_YEARS, assess(TODAY.minusYears(3), far, Set.of(Experience.GRASSROOTS), List.of()).level());
        Map<Capability, Integer> unknown = Map.of(Capability.POLITICAL_LEADERSHIP, 90);
        assertEquals(Level.THREE_PLUS_YEARS, assess(TODAY.minusYears(3), unknown, Set.of(Experience.GRASSROOTS), List.of())
                .level(), "a required capability without evidence is not taken as close");
    }

    @Test
    void aWarningOfSixMonthsIsOneToTwoYearsWithTheDayEligibilityComesBack() {
        MeasureOnRecord warning = MeasureOnRecord.imposed(UUID.randomUUID(),
                MeasureCatalog.regulations().rule(MeasureType.WARNING), MeasureType.WARNING.defaultForm(), TODAY.minusMonths(1));
        List<EligibilityReason> reasons = eligibility(Map.of(), false, warning);
        Readiness.Assessment a = assess(TODAY.minusYears(3), STRONG, Set.of(Experience.GRASSROOTS), reasons);
        assertEquals(Level.ONE_TO_TWO_YEARS, a.level());
        assertEquals(Gap.Kind.INELIGIBLE, a.gaps().get(0).kind());
        assertEquals(reasons.get(0).until().plusDays(1), a.gaps().get(0).from());
    }

    @Test
    void aBasicallyCompetentResultLastYearKeepsTheCadreOutForThreePlusYears() {
        List<EligibilityReason> reasons = eligibility(Map.of(2025, Grade.BASICALLY_COMPETENT), false);
        Readiness.Assessment a = assess(TODAY.minusYears(3), STRONG, Set.of(Experience.GRASSROOTS), reasons);
        // 2025 counts until three newer results exist: 2028's, finalised early in 2029
        assertEquals(LocalDate.of(2029, 1, 1), a.gaps().get(0).from());
        assertEquals(Level.THREE_PLUS_YEARS, a.level());
    }

    @Test
    void anOpenPromotionCheckIsNotReadyNowButDoesNotPushTheCadreFarOffWhileACaseAwaitingConclusionDoes() {
        Readiness.Assessment checking = assess(TODAY.minusYears(3), STRONG, Set.of(Experience.GRASSROOTS),
                eligibility(Map.of(), true));
        assertEquals(Level.ONE_TO_TWO_YEARS, checking.level());
        assertNull(checking.gaps().get(0).from());

        MeasureOnRecord filed = MeasureOnRecord.imposed(UUID.randomUUID(),
                MeasureCatalog.regulations().rule(MeasureType.CASE_FILED), MeasureType.CASE_FILED.defaultForm(), TODAY.minusDays(10));
        Readiness.Assessment pending = assess(TODAY.minusYears(3), STRONG, Set.of(Experience.GRASSROOTS),
                eligibility(Map.of(), false, filed));
        assertEquals(Level.THREE_PLUS_YEARS, pending.level());
    }

    @Test
    void aPostIsTheNextStepForItsOwnLevelAndTheOneBelowOnly() {
        // 副处 → 正处: from deputy to chief; 正科 → 副处: from a lower chief to the higher deputy
        assertEquals(Optional.of(Step.DEPUTY_TO_CHIEF),
                Readiness.stepTo(RankLevel.DIVISION_DEPUTY, RankLevel.DIVISION_PRINCIPAL));
        assertEquals(Optional.of(Step.CHIEF_TO_HIGHER_DEPUTY),
                Readiness.stepTo(RankLevel.SECTION_PRINCIPAL, RankLevel.DIVISION_DEPUTY));
        assertEquals(Optional.of(Step.SAME_LEVEL), Readiness.stepTo(RankLevel.DIVISION_DEPUTY, RankLevel.DIVISION_DEPUTY));
        // two steps below, or above: not a successor for the post
        assertEquals(Optional.empty(), Readiness.stepTo(RankLevel.SECTION_DEPUTY, RankLevel.DIVISION_DEPUTY));
        assertEquals(Optional.empty(), Readiness.stepTo(RankLevel.DIVISION_PRINCIPAL, RankLevel.DIVISION_DEPUTY));
    }
}
