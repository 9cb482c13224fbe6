package org.benling.rotation.domain.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import org.benling.rotation.domain.rules.Tenure.Assessment;
import org.benling.rotation.domain.rules.Tenure.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Tenure in the same post (党政领导干部交流工作规定): 10 years, 5 for key posts")
class TenureTest {

    private static final LocalDate POST_SINCE = LocalDate.of(2016, 7, 1);

    private static Assessment ordinary(LocalDate postSince, LocalDate today) {
        return Tenure.assess(postSince, false, today, Policies.DEFAULTS);
    }

    private static Assessment keyPost(LocalDate postSince, LocalDate today) {
        return Tenure.assess(postSince, true, today, Policies.DEFAULTS);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    @DisplayName("an ordinary post held since 2016-07-01 (due 2026-07-01)")
    class OrdinaryPost {

        @ParameterizedTest(name = "on {0} → {1}")
        @CsvSource({
                "2016-07-01, NOT_DUE",
                "2025-06-30, NOT_DUE",
                "2025-07-01, SOON_DUE",
                "2026-06-30, SOON_DUE",
                "2026-07-01, DUE",
                "2030-01-01, DUE" })
        @DisplayName("not due until 12 months before the 10th anniversary, soon due from then, due on the anniversary and after")
        void boundaries(LocalDate today, Status expected) {
            assertEquals(expected, ordinary(POST_SINCE, today).status());
        }

        @Test
        @DisplayName("the assessment names the due date (the 10th anniversary) and the 10-year limit")
        void dueOnAndLimit() {
            Assessment a = ordinary(POST_SINCE, d("2026-06-30"));
            assertAll(
                    () -> assertEquals(d("2026-07-01"), a.dueOn()),
                    () -> assertEquals(10, a.limitYears()));
        }

        @Test
        @DisplayName("time in post is counted in calendar years, months and days")
        void inPost() {
            assertAll(
                    () -> assertEquals(Period.of(9, 11, 29), ordinary(POST_SINCE, d("2026-06-30")).inPost()),
                    () -> assertEquals(Period.ofYears(10), ordinary(POST_SINCE, d("2026-07-01")).inPost()));
        }
    }

    @Nested
    @DisplayName("a key post held since 2016-07-01 (5 years: due 2021-07-01)")
    class KeyPost {

        @ParameterizedTest(name = "on {0} → {1}")
        @CsvSource({
                "2020-06-30, NOT_DUE",
                "2020-07-01, SOON_DUE",
                "2021-06-30, SOON_DUE",
                "2021-07-01, DUE" })
        @DisplayName("the same boundaries fall on the 5th anniversary")
        void boundaries(LocalDate today, Status expected) {
            assertEquals(expected, keyPost(POST_SINCE, today).status());
        }

        @ParameterizedTest(name = "on {0} → DUE")
        @CsvSource({ "2025-06-30", "2025-07-01", "2026-06-30", "2026-07-01" })
        @DisplayName("on the dates that matter for an ordinary post, a key post is already due")
        void ordinaryDatesAreOverdue(LocalDate today) {
            assertEquals(Status.DUE, keyPost(POST_SINCE, today).status());
        }

        @Test
        @DisplayName("the assessment names the 5th anniversary and the 5-year limit")
        void dueOnAndLimit() {
            Assessment a = keyPost(POST_SINCE, d("2021-06-30"));
            assertAll(
                    () -> assertEquals(d("2021-07-01"), a.dueOn()),
                    () -> assertEquals(5, a.limitYears()));
        }
    }

    @Nested
    @DisplayName("a post taken up on 29 February (leap year)")
    class LeapDay {

        private static final LocalDate LEAP_START = LocalDate.of(2016, 2, 29);

        @Test
        @DisplayName("the anniversary in a common year falls on 28 February")
        void anniversaryInCommonYear() {
            Assessment a = ordinary(LEAP_START, d("2026-02-27"));
            assertAll(
                    () -> assertEquals(d("2026-02-28"), a.dueOn()),
                    () -> assertEquals(Status.SOON_DUE, a.status(), "the day before"),
                    () -> assertEquals(Status.DUE, ordinary(LEAP_START, d("2026-02-28")).status(), "28 February"),
                    () -> assertEquals(Status.DUE, ordinary(LEAP_START, d("2026-03-01")).status(), "1 March"));
        }

        @Test
        @DisplayName("soon due from 12 months before, i.e. 28 February of the year before")
        void soonDueInCommonYear() {
            assertAll(
                    () -> assertEquals(Status.NOT_DUE, ordinary(LEAP_START, d("2025-02-27")).status()),
                    () -> assertEquals(Status.SOON_DUE, ordinary(LEAP_START, d("2025-02-28")).status()));
        }

        @Test
        @DisplayName("the anniversary in a leap year stays on 29 February")
        void anniversaryInLeapYear() {
            RotationPolicy eightYears = Policies.tenure(8, 5, 12);
            Assessment a = Tenure.assess(LEAP_START, false, d("2024-02-28"), eightYears);
            assertAll(
                    () -> assertEquals(d("2024-02-29"), a.dueOn()),
                    () -> assertEquals(Status.SOON_DUE, a.status()),
                    () -> assertEquals(Status.DUE, Tenure.assess(LEAP_START, false, d("2024-02-29"), eightYears).status()));
        }
    }

    @Nested
    @DisplayName("the numbers come from the policy")
    class OtherPolicy {

        private final RotationPolicy policy = Policies.tenure(8, 4, 6);

        @ParameterizedTest(name = "on {0} → {1}")
        @CsvSource({
                "2023-12-31, NOT_DUE",
                "2024-01-01, SOON_DUE",
                "2024-06-30, SOON_DUE",
                "2024-07-01, DUE" })
        @DisplayName("tenure 8 years and soon due 6 months before: due 2024-07-01, soon due from 2024-01-01")
        void ordinaryPost(LocalDate today, Status expected) {
            Assessment a = Tenure.assess(POST_SINCE, false, today, policy);
            assertAll(
                    () -> assertEquals(expected, a.status()),
                    () -> assertEquals(d("2024-07-01"), a.dueOn()),
                    () -> assertEquals(8, a.limitYears()));
        }

        @Test
        @DisplayName("the key-post limit is the policy's too (4 years: due 2020-07-01)")
        void keyPostLimit() {
            Assessment a = Tenure.assess(POST_SINCE, true, d("2020-01-01"), policy);
            assertAll(
                    () -> assertEquals(d("2020-07-01"), a.dueOn()),
                    () -> assertEquals(4, a.limitYears()),
                    () -> assertEquals(Status.SOON_DUE, a.status()),
                    () -> assertEquals(Status.NOT_DUE,
                            Tenure.assess(POST_SINCE, true, d("2019-12-31"), policy).status()));
        }
    }

    @Test
    @DisplayName("a post taken up in the future (data entered ahead) is not due and counts no time in post")
    void postSinceInTheFuture() {
        Assessment a = ordinary(d("2026-09-01"), d("2026-06-30"));
        assertAll(
                () -> assertEquals(Status.NOT_DUE, a.status()),
                () -> assertEquals(Period.ZERO, a.inPost()),
                () -> assertEquals(d("2036-09-01"), a.dueOn()));
    }
}
