package org.benling.assessment.domain.rules;

import static org.benling.assessment.domain.rules.Consequences.Kind.ADMONISHMENT_FOLLOW_UP;
import static org.benling.assessment.domain.rules.Consequences.Kind.COMMENDATION;
import static org.benling.assessment.domain.rules.Consequences.Kind.DISMISSAL_REVIEW;
import static org.benling.assessment.domain.rules.Consequences.Kind.MERIT_CITATION_CANDIDATE;
import static org.benling.assessment.domain.rules.Consequences.Kind.POST_ADJUSTMENT;
import static org.benling.assessment.domain.rules.Consequences.Kind.SENIORITY_NOT_COUNTED;
import static org.benling.contracts.assessment.Grade.BASICALLY_COMPETENT;
import static org.benling.contracts.assessment.Grade.COMPETENT;
import static org.benling.contracts.assessment.Grade.EXCELLENT;
import static org.benling.contracts.assessment.Grade.INCOMPETENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.benling.assessment.domain.rules.Consequences.Kind;
import org.benling.contracts.assessment.Grade;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Statutory consequences of a final grade (公务员考核规定 ch. 5)")
class ConsequencesTest {

    private static final int YEAR = 2025;

    private static List<Kind> consequences(Grade grade, Map<Integer, Grade> earlier) {
        return Consequences.of(YEAR, grade, earlier, Policies.DEFAULTS);
    }

    private static List<Kind> firstYear(Grade grade) {
        return consequences(grade, Map.of());
    }

    @Nested
    @DisplayName("each grade on its own")
    class PerGrade {

        @Test
        @DisplayName("优秀 brings a commendation (嘉奖)")
        void excellent() {
            assertEquals(List.of(COMMENDATION), firstYear(EXCELLENT));
        }

        @Test
        @DisplayName("称职 brings no consequence")
        void competent() {
            assertEquals(List.of(), firstYear(COMPETENT));
        }

        @Test
        @DisplayName("基本称职 brings an admonishment follow-up (诫勉) and the year does not count toward seniority")
        void basicallyCompetent() {
            assertEquals(List.of(ADMONISHMENT_FOLLOW_UP, SENIORITY_NOT_COUNTED), firstYear(BASICALLY_COMPETENT));
        }

        @Test
        @DisplayName("不称职 brings a post adjustment (能下)")
        void incompetent() {
            assertEquals(List.of(POST_ADJUSTMENT), firstYear(INCOMPETENT));
        }
    }

    @Nested
    @DisplayName("three 优秀 in a row → merit citation (三等功) candidate")
    class MeritCitation {

        @Test
        @DisplayName("the third 优秀 in a row makes a merit-citation candidate")
        void threeInARow() {
            assertEquals(List.of(COMMENDATION, MERIT_CITATION_CANDIDATE),
                    consequences(EXCELLENT, Map.of(2024, EXCELLENT, 2023, EXCELLENT)));
        }

        @Test
        @DisplayName("two 优秀 in a row are not enough")
        void twoInARow() {
            assertEquals(List.of(COMMENDATION), consequences(EXCELLENT, Map.of(2024, EXCELLENT)));
        }

        @Test
        @DisplayName("a year without a grade breaks the streak (2022, 2023 and 2025 优秀, 2024 missing)")
        void gapYearBreaksStreak() {
            assertEquals(List.of(COMMENDATION), consequences(EXCELLENT, Map.of(2023, EXCELLENT, 2022, EXCELLENT)));
        }

        @Test
        @DisplayName("with meritCitationStreak 2, 2023 and 2025 优秀 with 2024 missing are not a streak")
        void gapYearBreaksShortStreak() {
            assertEquals(List.of(COMMENDATION),
                    Consequences.of(YEAR, EXCELLENT, Map.of(2023, EXCELLENT), Policies.withStreaks(2, 2)));
        }

        @Test
        @DisplayName("a 称职 year in between breaks the streak")
        void otherGradeBreaksStreak() {
            assertEquals(List.of(COMMENDATION),
                    consequences(EXCELLENT, Map.of(2024, COMPETENT, 2023, EXCELLENT, 2022, EXCELLENT)));
        }

        @Test
        @DisplayName("after a citation the count starts again: the 4th and 5th 优秀 in a row are not candidates, the 6th is")
        void countStartsAgainAfterACitation() {
            Map<Integer, Grade> three = Map.of(2024, EXCELLENT, 2023, EXCELLENT, 2022, EXCELLENT);
            assertEquals(List.of(COMMENDATION), consequences(EXCELLENT, three));
            Map<Integer, Grade> four = Map.of(2024, EXCELLENT, 2023, EXCELLENT, 2022, EXCELLENT, 2021, EXCELLENT);
            assertEquals(List.of(COMMENDATION), consequences(EXCELLENT, four));
            Map<Integer, Grade> five = Map.of(2024, EXCELLENT, 2023, EXCELLENT, 2022, EXCELLENT, 2021, EXCELLENT,
                    2020, EXCELLENT);
            assertEquals(List.of(COMMENDATION, MERIT_CITATION_CANDIDATE), consequences(EXCELLENT, five));
        }

        @Test
        @DisplayName("the streak length comes from the policy (meritCitationStreak 2: two 优秀 are enough)")
        void streakFromPolicy() {
            assertEquals(List.of(COMMENDATION, MERIT_CITATION_CANDIDATE),
                    Consequences.of(YEAR, EXCELLENT, Map.of(2024, EXCELLENT), Policies.withStreaks(2, 2)));
        }
    }

    @Nested
    @DisplayName("streaks are read from the whole history, whatever order the years are finalised in")
    class AnyOrder {

        @Test
        @DisplayName("finalising 2024 between 优秀 2023 and 2025 makes 2025 the third in a row")
        void aMiddleYearFinalisedLastCompletesTheRun() {
            Map<Integer, Grade> history = Map.of(2023, EXCELLENT, 2024, EXCELLENT, 2025, EXCELLENT);
            assertEquals(List.of(COMMENDATION), Consequences.of(2024, EXCELLENT, history, Policies.DEFAULTS),
                    "2024 is the second in a row");
            assertEquals(Map.of(2025, List.of(MERIT_CITATION_CANDIDATE)),
                    Consequences.completedBy(2024, history, Policies.DEFAULTS));
        }

        @Test
        @DisplayName("a first year finalised last starts the run: 2023 after 2024 and 2025 (and 2026) makes 2025 the third")
        void aFirstYearFinalisedLast() {
            Map<Integer, Grade> history = Map.of(2023, EXCELLENT, 2024, EXCELLENT, 2025, EXCELLENT, 2026, EXCELLENT);
            assertEquals(Map.of(2025, List.of(MERIT_CITATION_CANDIDATE)),
                    Consequences.completedBy(2023, history, Policies.DEFAULTS));
        }

        @Test
        @DisplayName("a later year of another grade is not touched; a late 不称职 before one makes it the second in a row")
        void otherGrades() {
            assertEquals(Map.of(), Consequences.completedBy(2024,
                    Map.of(2024, EXCELLENT, 2025, COMPETENT, 2026, EXCELLENT), Policies.DEFAULTS));
            assertEquals(Map.of(2025, List.of(DISMISSAL_REVIEW)), Consequences.completedBy(2024,
                    Map.of(2024, INCOMPETENT, 2025, INCOMPETENT), Policies.DEFAULTS));
        }
    }

    @Nested
    @DisplayName("two 不称职 in a row → dismissal review (辞退审查)")
    class Dismissal {

        @Test
        @DisplayName("the second 不称职 in a row opens a dismissal review")
        void twoInARow() {
            assertEquals(List.of(POST_ADJUSTMENT, DISMISSAL_REVIEW), consequences(INCOMPETENT, Map.of(2024, INCOMPETENT)));
        }

        @Test
        @DisplayName("one 不称职 does not open a dismissal review")
        void oneOnly() {
            assertEquals(List.of(POST_ADJUSTMENT), consequences(INCOMPETENT, Map.of(2024, BASICALLY_COMPETENT)));
        }

        @Test
        @DisplayName("a year without a grade breaks the 不称职 streak")
        void gapYearBreaksStreak() {
            assertEquals(List.of(POST_ADJUSTMENT), consequences(INCOMPETENT, Map.of(2023, INCOMPETENT)));
        }

        @Test
        @DisplayName("the streak length comes from the policy (dismissalStreak 3: two 不称职 are not enough)")
        void streakFromPolicy() {
            assertEquals(List.of(POST_ADJUSTMENT),
                    Consequences.of(YEAR, INCOMPETENT, Map.of(2024, INCOMPETENT), Policies.withStreaks(3, 3)));
        }
    }
}
