package org.benling.inspection.domain.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.supervision.MeasureCatalog;
import org.benling.contracts.supervision.MeasureOnRecord;
import org.benling.contracts.supervision.MeasureType;
import org.benling.inspection.domain.rules.InspectionPolicy.Term;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Inspection policy: terms, rectification deadline, influence periods")
class InspectionPolicyTest {

    private static final InspectionPolicy DEFAULTS = InspectionPolicy.defaults();

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    private static Term term(int firstYear, int lastYear) {
        return new Term(day(firstYear, 1, 1), day(lastYear, 12, 31));
    }

    private static InspectionPolicy withTermYears(int years) {
        return new InspectionPolicy(years, DEFAULTS.termStartYear(), DEFAULTS.rectificationMonths(),
                DEFAULTS.categories(), DEFAULTS.catalogue());
    }

    private static InspectionPolicy withRectificationMonths(int months) {
        return new InspectionPolicy(DEFAULTS.termYears(), DEFAULTS.termStartYear(), months, DEFAULTS.categories(),
                DEFAULTS.catalogue());
    }

    private static InspectionPolicy withCatalogue(MeasureCatalog catalogue) {
        return new InspectionPolicy(DEFAULTS.termYears(), DEFAULTS.termStartYear(), DEFAULTS.rectificationMonths(),
                DEFAULTS.categories(), catalogue);
    }

    @Nested
    @DisplayName("the defaults (DOMAIN.md)")
    class Defaults {

        @Test
        @DisplayName("full coverage in a 5-year term from 2023, reports due 2 months after feedback")
        void numbers() {
            assertAll(
                    () -> assertEquals(5, DEFAULTS.termYears()),
                    () -> assertEquals(2023, DEFAULTS.termStartYear()),
                    () -> assertEquals(2, DEFAULTS.rectificationMonths()));
        }

        @Test
        @DisplayName("the eight finding categories (问题清单 分类)")
        void categories() {
            assertEquals(List.of("政治建设", "全面从严治党", "选人用人", "作风建设", "安全监管", "行业监管", "财务管理", "意识形态"),
                    DEFAULTS.categories());
        }

        @Test
        @DisplayName("the measure catalogue is the regulations' (DOMAIN.md's table)")
        void catalogue() {
            assertEquals(MeasureCatalog.regulations().rules(), DEFAULTS.catalogue().rules());
        }
    }

    @Nested
    @DisplayName("coverage term (巡视全覆盖, one term)")
    class Terms {

        @ParameterizedTest(name = "{0} falls in the term {1}–{2}")
        @CsvSource({
                "2023-01-01, 2023, 2027",
                "2024-06-30, 2023, 2027",
                "2027-12-31, 2023, 2027",
                "2028-01-01, 2028, 2032",
                "2032-12-31, 2028, 2032",
                "2033-01-01, 2033, 2037",
                "2022-12-31, 2018, 2022",
                "2018-01-01, 2018, 2022",
                "2017-12-31, 2013, 2017" })
        @DisplayName("a day belongs to the 5-year term that contains its year, counted from 2023 both ways")
        void fiveYearTerms(LocalDate day, int first, int last) {
            assertEquals(term(first, last), DEFAULTS.termOf(day));
        }

        @Test
        @DisplayName("the term of 2024 runs from 1 January 2023 to 31 December 2027")
        void currentTerm() {
            Term t = DEFAULTS.termOf(day(2024, 3, 1));
            assertAll(
                    () -> assertEquals(day(2023, 1, 1), t.first()),
                    () -> assertEquals(day(2027, 12, 31), t.last()));
        }

        @Test
        @DisplayName("2022 belongs to the previous term 2018–2022, not to a term starting in 2022")
        void yearBeforeStartUsesFloor() {
            assertEquals(term(2018, 2022), DEFAULTS.termOf(day(2022, 7, 1)));
        }

        @Test
        @DisplayName("the first and last day of the term are inside it; the days around it are outside")
        void boundaryDays() {
            Term t = DEFAULTS.termOf(day(2025, 1, 1));
            assertAll(
                    () -> assertTrue(t.contains(day(2023, 1, 1)), "first day"),
                    () -> assertTrue(t.contains(day(2027, 12, 31)), "last day"),
                    () -> assertFalse(t.contains(day(2022, 12, 31)), "day before"),
                    () -> assertFalse(t.contains(day(2028, 1, 1)), "day after"),
                    () -> assertFalse(t.contains(null), "no date"));
        }

        @ParameterizedTest(name = "with 3-year terms, {0} falls in {1}–{2}")
        @CsvSource({
                "2023-01-01, 2023, 2025",
                "2025-12-31, 2023, 2025",
                "2026-01-01, 2026, 2028",
                "2028-12-31, 2026, 2028",
                "2029-01-01, 2029, 2031",
                "2022-12-31, 2020, 2022",
                "2020-01-01, 2020, 2022",
                "2019-12-31, 2017, 2019" })
        @DisplayName("a configured term of 3 years")
        void threeYearTerms(LocalDate day, int first, int last) {
            assertEquals(term(first, last), withTermYears(3).termOf(day));
        }
    }

    @Nested
    @DisplayName("rectification report deadline")
    class Deadline {

        @Test
        @DisplayName("a report is due 2 months after feedback: feedback 15 March 2026 → due 15 May 2026")
        void twoMonths() {
            assertEquals(day(2026, 5, 15), DEFAULTS.rectificationDue(day(2026, 3, 15)));
        }

        @ParameterizedTest(name = "feedback {0} → due {1}")
        @CsvSource({
                "2025-12-31, 2026-02-28",
                "2027-12-31, 2028-02-29",
                "2025-12-30, 2026-02-28",
                "2026-07-31, 2026-09-30" })
        @DisplayName("when the month has no such day, the report is due on its last day (leap years included)")
        void endOfMonthClamped(LocalDate feedback, LocalDate due) {
            assertEquals(due, DEFAULTS.rectificationDue(feedback));
        }

        @ParameterizedTest(name = "with 3 months, feedback {0} → due {1}")
        @CsvSource({
                "2026-03-15, 2026-06-15",
                "2025-11-30, 2026-02-28",
                "2026-10-31, 2027-01-31" })
        @DisplayName("a configured deadline of 3 months")
        void threeMonths(LocalDate feedback, LocalDate due) {
            assertEquals(due, withRectificationMonths(3).rectificationDue(feedback));
        }
    }

    @Nested
    @DisplayName("influence period (影响期) of a measure, from the catalogue the policy carries")
    class Influence {

        private static final LocalDate JAN_10 = day(2026, 1, 10);

        /** The measure as every other service reads it (MeasureApplied.v2 → MeasureOnRecord). */
        private static MeasureOnRecord imposed(InspectionPolicy policy, MeasureType type, LocalDate appliedOn) {
            return MeasureOnRecord.imposed(UUID.randomUUID(), policy.catalogue().rule(type), type.defaultForm(), appliedOn);
        }

        @ParameterizedTest(name = "{0} applied 10 January 2026 influences through {1}")
        @CsvSource({
                "WARNING,               2026-07-09",
                "ADMONISHMENT,          2026-07-09",
                "PARTY_WARNING,         2027-01-09",
                "DEMERIT,               2027-01-09",
                "PARTY_SERIOUS_WARNING, 2027-07-09",
                "MAJOR_DEMERIT,         2027-07-09",
                "DEMOTION,              2028-01-09",
                "REMOVAL,               2028-01-09",
                "DEMOTION_IN_POST,      2028-01-09" })
        @DisplayName("the last day is the day before the anniversary of the months of the type's row")
        void lastDay(MeasureType type, LocalDate until) {
            assertEquals(until, imposed(DEFAULTS, type, JAN_10).influenceLastDay());
        }

        @Test
        @DisplayName("a 6-month warning (警告) applied on 10 January blocks through 9 July and not on 10 July")
        void warningBlocksSixMonths() {
            MeasureOnRecord warning = imposed(DEFAULTS, MeasureType.WARNING, JAN_10);
            assertAll(
                    () -> assertTrue(warning.influences(JAN_10), "the day applied"),
                    () -> assertTrue(warning.influences(day(2026, 7, 9)), "the last day"),
                    () -> assertFalse(warning.influences(day(2026, 7, 10)), "six months on"),
                    () -> assertFalse(warning.influences(JAN_10.minusDays(1)), "the day before"));
        }

        @Test
        @DisplayName("a case filed (立案审查调查) has no last day: it runs until it is concluded")
        void caseIsOpenEnded() {
            MeasureOnRecord filed = imposed(DEFAULTS, MeasureType.CASE_FILED, JAN_10);
            assertAll(
                    () -> assertEquals(null, filed.influenceLastDay()),
                    () -> assertTrue(filed.influences(day(2030, 1, 1)), "years later, still pending"),
                    () -> assertFalse(filed.concluded(day(2026, 5, 1), AnnualEffect.NONE).influences(day(2026, 5, 1))));
        }

        @ParameterizedTest(name = "{0} has no influence period")
        @EnumSource(value = MeasureType.class, names = { "TALK_REMINDER", "CRITICISM_EDUCATION", "WRITTEN_INQUIRY" })
        @DisplayName("talk reminder, criticism and inquiry end the day before they are applied and never block")
        void noInfluence(MeasureType type) {
            MeasureOnRecord p = imposed(DEFAULTS, type, JAN_10);
            assertAll(
                    () -> assertEquals(JAN_10.minusDays(1), p.influenceLastDay()),
                    () -> assertFalse(p.influences(JAN_10.minusDays(1)), "day before"),
                    () -> assertFalse(p.influences(JAN_10), "the day applied"),
                    () -> assertFalse(p.influences(JAN_10.plusDays(1)), "day after"),
                    () -> assertEquals(AnnualEffect.NONE, p.effectOn(Year.of(2026), JAN_10)));
        }

        @Test
        @DisplayName("applied on 31 August + 6 months: clamped to 28 February, minus one day → 27 February")
        void endOfMonthApplied() {
            // plusMonths(6) clamps 2025-08-31 to 2026-02-28, and the period ends the day before: 27 February.
            // (Measures applied on 28, 29, 30 and 31 August therefore all end on 27 February.)
            assertAll(
                    () -> assertEquals(day(2026, 2, 27), imposed(DEFAULTS, MeasureType.WARNING, day(2025, 8, 31)).influenceLastDay()),
                    () -> assertEquals(day(2026, 2, 27), imposed(DEFAULTS, MeasureType.WARNING, day(2025, 8, 28)).influenceLastDay()),
                    () -> assertEquals(day(2026, 2, 28), imposed(DEFAULTS, MeasureType.WARNING, day(2025, 9, 1)).influenceLastDay()));
        }

        @Test
        @DisplayName("a row of the catalogue is configurable: a 12-month warning that also keeps the next year from 优秀")
        void configurableRow() {
            InspectionPolicy policy = withCatalogue(MeasureCatalog.regulations()
                    .with(Map.of(MeasureType.WARNING, "12;NO_EXCELLENT,NO_EXCELLENT")));
            MeasureOnRecord warning = imposed(policy, MeasureType.WARNING, JAN_10);
            assertAll(
                    () -> assertEquals(day(2027, 1, 9), warning.influenceLastDay()),
                    () -> assertEquals(AnnualEffect.NO_EXCELLENT, warning.effectOn(Year.of(2027), day(2028, 1, 1))),
                    () -> assertEquals(day(2027, 1, 9), imposed(policy, MeasureType.DEMERIT, JAN_10).influenceLastDay(),
                            "the other rows keep the regulations' values"));
        }
    }
}
