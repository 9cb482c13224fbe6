package org.benling.inspection.domain.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.benling.inspection.domain.rules.Coverage.RoundTargets;
import org.benling.inspection.domain.rules.Coverage.Status;
import org.benling.inspection.domain.rules.Coverage.UnitCoverage;
import org.benling.inspection.domain.rules.InspectionPolicy.Term;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Full coverage within a term (巡视全覆盖)")
class CoverageTest {

    private static final InspectionPolicy POLICY = InspectionPolicy.defaults();
    /** 2023-01-01 .. 2027-12-31. */
    private static final Term TERM = POLICY.termOf(LocalDate.of(2024, 1, 1));

    private final UUID unit = UUID.randomUUID();

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    private static RoundTargets inspected(LocalDate onSiteStart, UUID... units) {
        return new RoundTargets(UUID.randomUUID(), Arrays.asList(units), onSiteStart, true);
    }

    private static RoundTargets planned(LocalDate onSiteStart, UUID... units) {
        return new RoundTargets(UUID.randomUUID(), Arrays.asList(units), onSiteStart, false);
    }

    private static UnitCoverage coverageOf(UUID unit, Term term, RoundTargets... rounds) {
        List<UnitCoverage> result = Coverage.of(List.of(unit), List.of(rounds), term);
        assertEquals(1, result.size());
        return result.get(0);
    }

    private static UnitCoverage coverageOf(UUID unit, RoundTargets... rounds) {
        return coverageOf(unit, TERM, rounds);
    }

    private static void assertCovered(UnitCoverage c, Status status, RoundTargets round) {
        assertAll(
                () -> assertEquals(status, c.status(), "status"),
                () -> assertEquals(Optional.of(round.roundId()), c.roundId(), "round"),
                () -> assertEquals(Optional.of(round.onSiteStart()), c.on(), "on-site date"));
    }

    private static void assertNotYet(UnitCoverage c) {
        assertAll(
                () -> assertEquals(Status.NOT_YET, c.status(), "status"),
                () -> assertEquals(Optional.empty(), c.roundId(), "round"),
                () -> assertEquals(Optional.empty(), c.on(), "on-site date"));
    }

    @Nested
    @DisplayName("covered, planned or not yet")
    class Statuses {

        @Test
        @DisplayName("a unit inspected in 2024 is covered in the 2023–2027 term, with the round and its date")
        void inspectedInTerm() {
            RoundTargets round = inspected(day(2024, 4, 8), unit);
            UnitCoverage c = coverageOf(unit, round);
            assertEquals(unit, c.unitId());
            assertCovered(c, Status.COVERED, round);
        }

        @Test
        @DisplayName("a round that went on site in 2022 belongs to the previous term and does not cover this one")
        void previousTermDoesNotCover() {
            assertNotYet(coverageOf(unit, inspected(day(2022, 10, 1), unit)));
        }

        @Test
        @DisplayName("a planned round in the term (not yet on site) makes the unit planned")
        void plannedInTerm() {
            RoundTargets round = planned(day(2026, 9, 1), unit);
            assertCovered(coverageOf(unit, round), Status.PLANNED, round);
        }

        @Test
        @DisplayName("an inspected round beats a planned one, even when the planned one is earlier")
        void inspectedBeatsPlanned() {
            RoundTargets earlierPlanned = planned(day(2023, 3, 1), unit);
            RoundTargets laterInspected = inspected(day(2025, 5, 1), unit);
            assertCovered(coverageOf(unit, earlierPlanned, laterInspected), Status.COVERED, laterInspected);
        }

        @Test
        @DisplayName("of several inspected rounds, the earliest in the term is the one that covered the unit")
        void earliestInspected() {
            RoundTargets late = inspected(day(2027, 6, 1), unit);
            RoundTargets early = inspected(day(2024, 2, 1), unit);
            RoundTargets middle = inspected(day(2025, 11, 1), unit);
            assertCovered(coverageOf(unit, late, early, middle), Status.COVERED, early);
        }

        @Test
        @DisplayName("of several planned rounds, the earliest in the term is shown")
        void earliestPlanned() {
            RoundTargets late = planned(day(2027, 6, 1), unit);
            RoundTargets early = planned(day(2026, 2, 1), unit);
            assertCovered(coverageOf(unit, late, early), Status.PLANNED, early);
        }

        @Test
        @DisplayName("a unit that no round targets is not yet covered")
        void notTargeted() {
            UUID other = UUID.randomUUID();
            assertAll(
                    () -> assertNotYet(coverageOf(unit, inspected(day(2024, 4, 8), other))),
                    () -> assertNotYet(coverageOf(unit)));
        }

        @Test
        @DisplayName("a round planned for the next term does not make the unit planned in this one")
        void plannedNextTerm() {
            assertNotYet(coverageOf(unit, planned(day(2028, 3, 1), unit)));
        }

        @Test
        @DisplayName("a planned round without an on-site date yet does not make the unit planned")
        void plannedWithoutDate() {
            assertNotYet(coverageOf(unit, planned(null, unit)));
        }

        @Test
        @DisplayName("every unit of the list is reported, in the order given")
        void everyUnit() {
            UUID a = UUID.randomUUID();
            UUID b = UUID.randomUUID();
            UUID c = UUID.randomUUID();
            RoundTargets round1 = inspected(day(2023, 5, 1), a);
            RoundTargets round2 = planned(day(2026, 5, 1), a, b);
            List<UnitCoverage> result = Coverage.of(List.of(a, b, c), List.of(round1, round2), TERM);
            assertAll(
                    () -> assertEquals(List.of(a, b, c), result.stream().map(UnitCoverage::unitId).toList()),
                    () -> assertCovered(result.get(0), Status.COVERED, round1),
                    () -> assertCovered(result.get(1), Status.PLANNED, round2),
                    () -> assertNotYet(result.get(2)));
        }
    }

    @Nested
    @DisplayName("the term's boundary days")
    class Boundaries {

        @Test
        @DisplayName("a round on site on 1 January 2023, the first day of the term, covers the unit")
        void firstDay() {
            RoundTargets round = inspected(day(2023, 1, 1), unit);
            assertCovered(coverageOf(unit, round), Status.COVERED, round);
        }

        @Test
        @DisplayName("a round on site on 31 December 2027, the last day of the term, covers the unit")
        void lastDay() {
            RoundTargets round = inspected(day(2027, 12, 31), unit);
            assertCovered(coverageOf(unit, round), Status.COVERED, round);
        }

        @Test
        @DisplayName("a round on site on 1 January 2028 belongs to the next term")
        void dayAfter() {
            RoundTargets round = inspected(day(2028, 1, 1), unit);
            assertAll(
                    () -> assertNotYet(coverageOf(unit, round)),
                    () -> assertCovered(coverageOf(unit, POLICY.termOf(day(2028, 1, 1)), round), Status.COVERED,
                            round));
        }

        @Test
        @DisplayName("a round on site on 31 December 2022 belongs to the previous term")
        void dayBefore() {
            RoundTargets round = inspected(day(2022, 12, 31), unit);
            assertAll(
                    () -> assertNotYet(coverageOf(unit, round)),
                    () -> assertCovered(coverageOf(unit, POLICY.termOf(day(2022, 12, 31)), round), Status.COVERED,
                            round));
        }
    }

    @Nested
    @DisplayName("a configured 3-year term")
    class ThreeYearTerm {

        private final InspectionPolicy policy = new InspectionPolicy(3, 2023, 2, POLICY.categories(),
                POLICY.catalogue());

        @Test
        @DisplayName("with 3-year terms a round in 2024 covers 2023–2025 but not 2026–2028")
        void threeYears() {
            RoundTargets round = inspected(day(2024, 4, 8), unit);
            Term current = policy.termOf(day(2025, 6, 1));
            Term next = policy.termOf(day(2026, 1, 1));
            assertAll(
                    () -> assertEquals(new Term(day(2023, 1, 1), day(2025, 12, 31)), current),
                    () -> assertEquals(new Term(day(2026, 1, 1), day(2028, 12, 31)), next),
                    () -> assertCovered(coverageOf(unit, current, round), Status.COVERED, round),
                    () -> assertNotYet(coverageOf(unit, next, round)));
        }

        @Test
        @DisplayName("with 3-year terms a round on 1 January 2026 starts the next term's coverage")
        void nextTermStart() {
            RoundTargets round = inspected(day(2026, 1, 1), unit);
            assertAll(
                    () -> assertNotYet(coverageOf(unit, policy.termOf(day(2025, 12, 31)), round)),
                    () -> assertCovered(coverageOf(unit, policy.termOf(day(2026, 1, 1)), round), Status.COVERED,
                            round));
        }
    }
}
