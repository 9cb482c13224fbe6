package org.benling.assessment.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.benling.assessment.domain.Review;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.platform.problem.ProblemException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN.md "Penalties and organisational handling", the annual-assessment column, effect by effect. */
class SupervisionEffectTest {

    @ParameterizedTest(name = "{0}: grades allowed {1}, outcome {2}, in the quota's base {3}")
    @CsvSource(delimiter = '|', textBlock = """
            NONE         | EXCELLENT COMPETENT BASICALLY_COMPETENT INCOMPETENT | GRADED   | true
            NO_EXCELLENT | COMPETENT BASICALLY_COMPETENT INCOMPETENT           | GRADED   | true
            UNGRADED     |                                                     | UNGRADED | false
            PENDING      |                                                     | PENDING  | false
            INCOMPETENT  | INCOMPETENT                                         | GRADED   | true
            """)
    void eachEffect(AnnualEffect effect, String allowed, ReviewOutcome outcome, boolean inBase) {
        var grades = allowed == null ? java.util.List.<Grade>of()
                : Arrays.stream(allowed.split(" ")).map(Grade::valueOf).toList();
        for (Grade g : Grade.values()) {
            assertEquals(grades.contains(g), SupervisionEffect.allows(effect, g), effect + " " + g);
        }
        assertEquals(outcome, SupervisionEffect.outcome(effect));
        assertEquals(inBase, SupervisionEffect.inQuotaBase(effect));
    }

    @Test
    void onlyAnImposedIncompetentOverridesTheProposal() {
        assertEquals(Optional.of(Grade.INCOMPETENT), SupervisionEffect.imposedGrade(AnnualEffect.INCOMPETENT));
        assertEquals(Optional.empty(), SupervisionEffect.imposedGrade(AnnualEffect.UNGRADED));
        assertFalse(SupervisionEffect.needsProposedGrade(AnnualEffect.INCOMPETENT));
        assertTrue(SupervisionEffect.needsProposedGrade(AnnualEffect.NO_EXCELLENT));
    }

    @Test
    void theReasonsNameTheEffectAndTheYearNeverAMeasureInEitherLanguage() {
        assertEquals("受处分或组织处理影响，2026 年度不定等次", SupervisionEffect.refusal(AnnualEffect.UNGRADED, 2026)
                .orElseThrow().text("zh"));
        assertEquals("a supervision matter awaits its conclusion: 2026 is graded once it is concluded",
                SupervisionEffect.refusal(AnnualEffect.PENDING, 2026).orElseThrow().text("en"));
        assertEquals(Optional.empty(), SupervisionEffect.refusal(AnnualEffect.NONE, 2026));
        for (AnnualEffect e : AnnualEffect.values()) {
            String both = SupervisionEffect.refusal(e, 2026).map(r -> r.text(null)).orElse("");
            for (String secret : new String[] {"警告", "记过", "立案", "形态", "warning", "demerit", "case filed", "form"}) {
                assertFalse(both.contains(secret), e + " names " + secret + ": " + both);
            }
        }
    }

    @Nested
    class TheReviewDecides {

        Review review(Grade proposed) {
            Review r = new Review();
            r.id = UUID.randomUUID();
            r.year = 2026;
            r.proposedGrade = proposed;
            return r;
        }

        @Test
        void ungradedAtFinalisationWhateverWasProposed() {
            Review r = review(Grade.EXCELLENT);
            r.finalizeUnder(AnnualEffect.UNGRADED, Map.of());
            assertEquals(ReviewOutcome.UNGRADED, r.outcome);
            assertEquals(null, r.finalGrade);
            assertThrows(ProblemException.class, () -> r.finalizeUnder(AnnualEffect.NONE, Map.of()), "final once");
        }

        @Test
        void incompetentImposedWithoutAProposal() {
            Review r = review(null);
            r.finalizeUnder(AnnualEffect.INCOMPETENT, Map.of());
            assertEquals(Grade.INCOMPETENT, r.finalGrade);
            assertEquals(ReviewOutcome.GRADED, r.outcome);
        }

        @Test
        void gradedAfterTheConclusionUnderItsEffectOnlyOnce() {
            Review r = review(null);
            r.finalizeUnder(AnnualEffect.PENDING, Map.of());
            assertThrows(ProblemException.class, () -> r.gradeAfterConclusion(AnnualEffect.PENDING, Grade.COMPETENT, "x", "hr",
                    Instant.EPOCH), "not before the conclusion");
            assertThrows(ProblemException.class, () -> r.gradeAfterConclusion(AnnualEffect.NO_EXCELLENT, Grade.EXCELLENT, "x",
                    "hr", Instant.EPOCH), "党内警告: not 优秀");
            assertThrows(ProblemException.class, () -> r.gradeAfterConclusion(AnnualEffect.NONE, null, "x", "hr", Instant.EPOCH),
                    "a grade is needed");
            r.gradeAfterConclusion(AnnualEffect.NONE, Grade.EXCELLENT, "不予处分", "hr", Instant.EPOCH);
            assertEquals(Grade.EXCELLENT, r.finalGrade);
            assertEquals("hr", r.lateGrading.by());
            assertThrows(ProblemException.class, () -> r.gradeAfterConclusion(AnnualEffect.NONE, Grade.COMPETENT, "x", "hr",
                    Instant.EPOCH), "once");
        }

        @Test
        void aHeavierConclusionDecidesTheOutcomeItself() {
            Review r = review(null);
            r.finalizeUnder(AnnualEffect.PENDING, Map.of());
            assertThrows(ProblemException.class, () -> r.gradeAfterConclusion(AnnualEffect.UNGRADED, Grade.COMPETENT, "x",
                    "hr", Instant.EPOCH));
            r.gradeAfterConclusion(AnnualEffect.UNGRADED, null, "给予记过处分", "hr", Instant.EPOCH);
            assertEquals(ReviewOutcome.UNGRADED, r.outcome);
            assertEquals(null, r.finalGrade);
        }
    }
}
