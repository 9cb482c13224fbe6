package org.benling.contracts.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** "That year" is the cycle year the measure was imposed in; the heavier effect wins; lifted years are free. */
class AnnualOutcomeTest {

    static final MeasureCatalog CATALOG = MeasureCatalog.regulations();
    static final LocalDate LATER = LocalDate.of(2031, 1, 1);

    static MeasureOnRecord imposed(MeasureType type, LocalDate on) {
        return MeasureOnRecord.imposed(UUID.randomUUID(), CATALOG.rule(type), type.defaultForm(), on);
    }

    static AnnualEffect effect(MeasureOnRecord m, int year) {
        return m.effectOn(Year.of(year), LATER);
    }

    @Nested
    class ThatYearAndTheNext {

        @Test
        void aDemeritInSeptemberLeavesThatYearUngradedAndTheNextFree() {
            MeasureOnRecord demerit = imposed(MeasureType.DEMERIT, LocalDate.of(2024, 9, 1));
            assertEquals(AnnualEffect.NONE, effect(demerit, 2023));
            assertEquals(AnnualEffect.UNGRADED, effect(demerit, 2024));
            assertEquals(AnnualEffect.NONE, effect(demerit, 2025), "its influence runs into 2025, the assessment effect does not");
        }

        @Test
        void aMeasureImposedOnTheLastDayOfTheYearCountsForThatYear() {
            MeasureOnRecord warning = imposed(MeasureType.WARNING, LocalDate.of(2025, 12, 31));
            assertEquals(AnnualEffect.NO_EXCELLENT, effect(warning, 2025));
            assertEquals(AnnualEffect.NONE, effect(warning, 2026));
        }

        @Test
        void aMajorDemeritLeavesThatYearAndTheNextUngradedEvenAfterItsPeriodRanOut() {
            MeasureOnRecord major = imposed(MeasureType.MAJOR_DEMERIT, LocalDate.of(2025, 3, 1));
            assertEquals(LocalDate.of(2026, 8, 31), major.influenceLastDay(), "18 months");
            assertEquals(AnnualEffect.UNGRADED, effect(major, 2025));
            assertEquals(AnnualEffect.UNGRADED, effect(major, 2026), "the year its period ends");
            assertEquals(AnnualEffect.NONE, effect(major, 2027));
        }

        @Test
        void partyProbationGradesThatYearIncompetentAndTheFollowingYearsOfItsPeriodUngraded() {
            MeasureOnRecord probation = imposed(MeasureType.PARTY_PROBATION_TWO_YEARS, LocalDate.of(2025, 6, 1));
            assertEquals(List.of(AnnualEffect.INCOMPETENT, AnnualEffect.UNGRADED, AnnualEffect.UNGRADED, AnnualEffect.NONE),
                    List.of(effect(probation, 2025), effect(probation, 2026), effect(probation, 2027), effect(probation, 2028)));
        }
    }

    @Nested
    class LiftedAndRevoked {

        @Test
        void yearsAfterAnEarlyLiftAreUnaffected() {
            MeasureOnRecord major = imposed(MeasureType.MAJOR_DEMERIT, LocalDate.of(2025, 3, 1));
            MeasureOnRecord lifted = major.endedOn(LocalDate.of(2025, 11, 1));
            assertEquals(AnnualEffect.UNGRADED, effect(lifted, 2025));
            assertEquals(AnnualEffect.NONE, effect(lifted, 2026));
            assertEquals(LocalDate.of(2025, 10, 31), lifted.influenceLastDay());
        }

        @Test
        void aRevokedMeasureNeverCounted() {
            MeasureOnRecord demerit = imposed(MeasureType.DEMERIT, LocalDate.of(2025, 3, 1));
            MeasureOnRecord revoked = demerit.revoked(LocalDate.of(2025, 5, 1));
            assertEquals(AnnualEffect.NONE, effect(revoked, 2025));
            assertFalse(revoked.influences(LocalDate.of(2025, 4, 1)));
        }
    }

    @Nested
    class PendingCases {

        final MeasureOnRecord filed = imposed(MeasureType.CASE_FILED, LocalDate.of(2025, 11, 20));

        @Test
        void whilePendingEveryYearFromTheFilingIsWithoutAGradeAndPromotionIsBlocked() {
            LocalDate stillPending = LocalDate.of(2026, 12, 31);
            assertEquals(AnnualEffect.PENDING, filed.effectOn(Year.of(2025), stillPending));
            assertEquals(AnnualEffect.PENDING, filed.effectOn(Year.of(2026), stillPending));
            assertEquals(AnnualEffect.NONE, filed.effectOn(Year.of(2024), stillPending));
            assertTrue(filed.influences(stillPending), "open-ended, not 24 months");
            assertTrue(filed.influences(LocalDate.of(2029, 1, 1)));
        }

        @Test
        void aCaseConcludedInTheNextYearWithoutPenaltyFreesTheGradeOfTheYearItWasFiledIn() {
            MeasureOnRecord concluded = filed.concluded(LocalDate.of(2026, 2, 10), AnnualEffect.NONE);
            assertEquals(AnnualEffect.PENDING, concluded.effectOn(Year.of(2025), LocalDate.of(2026, 2, 9)));
            assertEquals(AnnualEffect.NONE, concluded.effectOn(Year.of(2025), LocalDate.of(2026, 2, 10)), "补定等次");
            assertFalse(concluded.influences(LocalDate.of(2026, 2, 10)));
            assertTrue(concluded.influences(LocalDate.of(2026, 2, 9)));
        }

        @Test
        void aCaseConcludedWithAPartyWarningLeavesThePendingYearsFreeToGradeExceptExcellent() {
            MeasureOnRecord concluded = filed.concluded(LocalDate.of(2026, 2, 10),
                    CATALOG.rule(MeasureType.PARTY_WARNING).effectIn(0));
            assertEquals(AnnualEffect.NO_EXCELLENT, concluded.effectOn(Year.of(2025), LATER));
            assertEquals(AnnualEffect.NO_EXCELLENT, concluded.effectOn(Year.of(2026), LATER), "pending in 2026 too");
            assertEquals(AnnualEffect.NONE, concluded.effectOn(Year.of(2027), LATER));
        }

        @Test
        void aSuspensionForReviewFollowsItsOutcomeLikeACase() {
            MeasureOnRecord suspended = imposed(MeasureType.SUSPENSION_FOR_REVIEW, LocalDate.of(2026, 3, 1));
            assertEquals(AnnualEffect.PENDING, suspended.effectOn(Year.of(2026), LocalDate.of(2026, 6, 1)));
            MeasureOnRecord ended = suspended.concluded(LocalDate.of(2026, 6, 1), AnnualEffect.UNGRADED);
            assertEquals(AnnualEffect.UNGRADED, ended.effectOn(Year.of(2026), LATER));
        }
    }

    @Nested
    class SeveralMeasures {

        @Test
        void theHeavierEffectWinsAndNamesItsMeasure() {
            MeasureOnRecord warning = imposed(MeasureType.WARNING, LocalDate.of(2025, 2, 1));
            MeasureOnRecord serious = imposed(MeasureType.PARTY_SERIOUS_WARNING, LocalDate.of(2025, 9, 1));
            AnnualOutcome outcome = AnnualOutcome.of(List.of(warning, serious), Year.of(2025), LATER);
            assertEquals(AnnualEffect.UNGRADED, outcome.effect());
            assertEquals(serious, outcome.decidedBy().orElseThrow());
            assertTrue(outcome.ungraded());
        }

        @Test
        void withoutMeasuresTheYearIsFree() {
            AnnualOutcome outcome = AnnualOutcome.of(List.of(), Year.of(2025), LATER);
            assertEquals(AnnualEffect.NONE, outcome.effect());
            assertTrue(outcome.decidedBy().isEmpty());
            assertFalse(outcome.ungraded());
        }
    }
}
