package org.benling.contracts.inspection;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Supervision measure influence period (影响期)")
class InfluencePeriodTest {

    private static final LocalDate APPLIED = LocalDate.of(2025, 3, 1);
    private static final LocalDate UNTIL = LocalDate.of(2025, 8, 31);

    static InfluencePeriod measure(LocalDate appliedOn, LocalDate influenceUntil) {
        return new InfluencePeriod(UUID.randomUUID(), 2, "诫勉", appliedOn, influenceUntil, null, false);
    }

    static InfluencePeriod lifted(LocalDate appliedOn, LocalDate influenceUntil, LocalDate liftedOn) {
        return new InfluencePeriod(UUID.randomUUID(), 2, "诫勉", appliedOn, influenceUntil, liftedOn, false);
    }

    static InfluencePeriod revoked(LocalDate appliedOn, LocalDate influenceUntil) {
        return new InfluencePeriod(UUID.randomUUID(), 2, "诫勉", appliedOn, influenceUntil, null, true);
    }

    @Nested
    @DisplayName("in influence on a day")
    class ActiveOn {

        @Test
        @DisplayName("in influence from the day it is applied to the last day of the period, inclusive")
        void inclusiveBounds() {
            InfluencePeriod m = measure(APPLIED, UNTIL);
            assertAll(
                    () -> assertFalse(m.activeOn(APPLIED.minusDays(1)), "day before applied"),
                    () -> assertTrue(m.activeOn(APPLIED), "first day"),
                    () -> assertTrue(m.activeOn(UNTIL), "last day"),
                    () -> assertFalse(m.activeOn(UNTIL.plusDays(1)), "day after the period"),
                    () -> assertEquals(UNTIL, m.lastDay()));
        }

        @Test
        @DisplayName("a measure lifted early stops the day before it was lifted")
        void liftedEarly() {
            LocalDate liftedOn = LocalDate.of(2025, 6, 15);
            InfluencePeriod m = lifted(APPLIED, UNTIL, liftedOn);
            assertAll(
                    () -> assertEquals(liftedOn.minusDays(1), m.lastDay()),
                    () -> assertTrue(m.activeOn(liftedOn.minusDays(1))),
                    () -> assertFalse(m.activeOn(liftedOn)),
                    () -> assertFalse(m.activeOn(UNTIL)));
        }

        @Test
        @DisplayName("a measure lifted on the last day of its period loses that last day")
        void liftedOnLastDay() {
            InfluencePeriod m = lifted(APPLIED, UNTIL, UNTIL);
            assertAll(() -> assertEquals(UNTIL.minusDays(1), m.lastDay()), () -> assertFalse(m.activeOn(UNTIL)));
        }

        @Test
        @DisplayName("lifting after the influence period has ended changes nothing")
        void liftedAfterwards() {
            assertAll(
                    () -> assertEquals(UNTIL, lifted(APPLIED, UNTIL, UNTIL.plusDays(1)).lastDay()),
                    () -> assertEquals(UNTIL, lifted(APPLIED, UNTIL, UNTIL.plusMonths(3)).lastDay()),
                    () -> assertTrue(lifted(APPLIED, UNTIL, UNTIL.plusDays(1)).activeOn(UNTIL)));
        }

        @Test
        @DisplayName("a measure lifted on the day it was applied never has influence")
        void liftedOnAppliedDay() {
            InfluencePeriod m = lifted(APPLIED, UNTIL, APPLIED);
            assertAll(() -> assertFalse(m.activeOn(APPLIED)), () -> assertFalse(m.overlaps(Year.of(2025))));
        }

        @Test
        @DisplayName("a revoked measure (撤销) never has influence and has no last day")
        void revokedNeverActive() {
            InfluencePeriod m = revoked(APPLIED, UNTIL);
            assertAll(
                    () -> assertNull(m.lastDay()),
                    () -> assertFalse(m.activeOn(APPLIED)),
                    () -> assertFalse(m.activeOn(UNTIL)));
        }
    }

    @Nested
    @DisplayName("reaching into an assessment year")
    class Overlaps {

        @Test
        @DisplayName("a 12-month period applied 1 Sep 2024 reaches into 2024 and 2025, not 2023 or 2026")
        void spansYearBoundary() {
            LocalDate applied = LocalDate.of(2024, 9, 1);
            InfluencePeriod m = measure(applied, applied.plusMonths(12).minusDays(1));
            assertAll(
                    () -> assertFalse(m.overlaps(Year.of(2023))),
                    () -> assertTrue(m.overlaps(Year.of(2024))),
                    () -> assertTrue(m.overlaps(Year.of(2025))),
                    () -> assertFalse(m.overlaps(Year.of(2026))));
        }

        @Test
        @DisplayName("a period ending on 31 December does not reach into the next year")
        void endsOnNewYearsEve() {
            InfluencePeriod m = measure(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31));
            assertAll(() -> assertTrue(m.overlaps(Year.of(2024))), () -> assertFalse(m.overlaps(Year.of(2025))));
        }

        @Test
        @DisplayName("a period starting on 1 January does not reach back into the previous year")
        void startsOnNewYearsDay() {
            InfluencePeriod m = measure(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
            assertAll(() -> assertFalse(m.overlaps(Year.of(2024))), () -> assertTrue(m.overlaps(Year.of(2025))));
        }

        @Test
        @DisplayName("a period ending on 29 February of a leap year counts that day and stops there")
        void leapDay() {
            LocalDate leapDay = LocalDate.of(2024, 2, 29);
            InfluencePeriod m = measure(LocalDate.of(2023, 9, 1), leapDay);
            assertAll(
                    () -> assertTrue(m.activeOn(leapDay)),
                    () -> assertFalse(m.activeOn(LocalDate.of(2024, 3, 1))),
                    () -> assertTrue(m.overlaps(Year.of(2023))),
                    () -> assertTrue(m.overlaps(Year.of(2024))),
                    () -> assertFalse(m.overlaps(Year.of(2025))));
        }

        @Test
        @DisplayName("a one-day period on 29 February 2024 reaches into 2024 only")
        void appliedOnLeapDay() {
            LocalDate leapDay = LocalDate.of(2024, 2, 29);
            InfluencePeriod m = measure(leapDay, leapDay);
            assertAll(
                    () -> assertTrue(m.activeOn(leapDay)),
                    () -> assertTrue(m.overlaps(Year.of(2024))),
                    () -> assertFalse(m.overlaps(Year.of(2023))),
                    () -> assertFalse(m.overlaps(Year.of(2025))));
        }

        @Test
        @DisplayName("a period lifted in December no longer reaches into the next year")
        void liftedBeforeYearEnd() {
            InfluencePeriod m = lifted(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31), LocalDate.of(2024, 12, 15));
            assertAll(() -> assertTrue(m.overlaps(Year.of(2024))), () -> assertFalse(m.overlaps(Year.of(2025))));
        }

        @Test
        @DisplayName("a revoked measure reaches into no year")
        void revokedNeverOverlaps() {
            InfluencePeriod m = revoked(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31));
            assertAll(() -> assertFalse(m.overlaps(Year.of(2024))), () -> assertFalse(m.overlaps(Year.of(2025))));
        }
    }
}
