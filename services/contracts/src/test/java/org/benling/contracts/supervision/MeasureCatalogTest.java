package org.benling.contracts.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN.md "Penalties and organisational handling", row by row. */
class MeasureCatalogTest {

    static final MeasureCatalog REGULATIONS = MeasureCatalog.regulations();

    @ParameterizedTest(name = "{1} ({0}): {2}, form {3}, influence {4}, annual {5}")
    @CsvSource(delimiter = '|', textBlock = """
            TALK_REMINDER             | 提醒谈话     | FORM_ONE                | 1   | none      |
            CRITICISM_EDUCATION       | 批评教育     | FORM_ONE                | 1   | none      |
            WRITTEN_INQUIRY           | 函询         | FORM_ONE                | 1   | none      |
            ADMONISHMENT              | 诫勉         | ADMONISHMENT            | 2   | 6         | NO_EXCELLENT
            PARTY_WARNING             | 党内警告     | PARTY_DISCIPLINE        | 2   | 12        | NO_EXCELLENT
            PARTY_SERIOUS_WARNING     | 党内严重警告 | PARTY_DISCIPLINE        | 2   | 18        | UNGRADED
            PARTY_POST_REVOKED        | 撤销党内职务 | PARTY_DISCIPLINE        | 3   | 24        | INCOMPETENT
            PARTY_PROBATION_ONE_YEAR  | 留党察看一年 | PARTY_DISCIPLINE        | 3   | 24        | INCOMPETENT UNGRADED
            PARTY_PROBATION_TWO_YEARS | 留党察看二年 | PARTY_DISCIPLINE        | 3   | 36        | INCOMPETENT UNGRADED UNGRADED
            PARTY_EXPULSION           | 开除党籍     | PARTY_DISCIPLINE        | 3   | permanent | INCOMPETENT UNGRADED UNGRADED
            WARNING                   | 警告         | GOVERNMENT_SANCTION     | 2   | 6         | NO_EXCELLENT
            DEMERIT                   | 记过         | GOVERNMENT_SANCTION     | 2   | 12        | UNGRADED
            MAJOR_DEMERIT             | 记大过       | GOVERNMENT_SANCTION     | 3   | 18        | UNGRADED UNGRADED
            DEMOTION                  | 降级         | GOVERNMENT_SANCTION     | 3   | 24        | UNGRADED UNGRADED
            REMOVAL                   | 撤职         | GOVERNMENT_SANCTION     | 3   | 24        | UNGRADED UNGRADED
            POST_ADJUSTMENT           | 调整职务     | ORGANISATIONAL_HANDLING | 2   | 12        | NO_EXCELLENT
            ORDERED_RESIGNATION       | 责令辞职     | ORGANISATIONAL_HANDLING | 2 3 | 12        | UNGRADED
            DISMISSAL                 | 免职         | ORGANISATIONAL_HANDLING | 2 3 | 12        | UNGRADED
            DEMOTION_IN_POST          | 降职         | ORGANISATIONAL_HANDLING | 3   | 24        | UNGRADED
            SUSPENSION_FOR_REVIEW     | 停职检查     | ORGANISATIONAL_HANDLING | 2   | until-concluded | PENDING
            CASE_FILED                | 立案审查调查 | CASE                    | 4   | until-concluded | PENDING
            """)
    void eachRowOfTheTable(MeasureType type, String chineseName, MeasureFamily family, String forms, String influence,
            String annual) {
        assertEquals(chineseName, type.chineseName());
        assertEquals(family, type.family());
        assertEquals(Arrays.stream(forms.split(" ")).map(Integer::valueOf).toList(), type.forms());
        MeasureRule rule = REGULATIONS.rule(type);
        assertEquals(influence, rule.influence().toString());
        List<AnnualEffect> effects = annual == null ? List.of()
                : Arrays.stream(annual.split(" ")).map(AnnualEffect::valueOf).toList();
        assertEquals(effects, rule.effects(), "the annual effect, from the year it is imposed on");
    }

    @Test
    void theTableHasARowForEveryTypeAndNoOther() {
        assertEquals(MeasureType.values().length, REGULATIONS.rules().size());
    }

    @Test
    void aPeriodOfMonthsEndsTheDayBeforeTheSameDateLater() {
        assertEquals(LocalDate.of(2027, 1, 9), Influence.months(12).lastDay(LocalDate.of(2026, 1, 10)));
        // 留党察看一年: its year plus 12 months
        assertEquals(LocalDate.of(2028, 3, 31), REGULATIONS.rule(MeasureType.PARTY_PROBATION_ONE_YEAR).influence()
                .lastDay(LocalDate.of(2026, 4, 1)));
        assertEquals(null, Influence.untilConcluded().lastDay(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void policyReplacesARowAndKeepsTheOthers() {
        MeasureCatalog local = REGULATIONS.with(Map.of(MeasureType.ADMONISHMENT, "12;NO_EXCELLENT,NO_EXCELLENT"));
        assertEquals(Influence.months(12), local.rule(MeasureType.ADMONISHMENT).influence());
        assertEquals(AnnualEffect.NO_EXCELLENT, local.rule(MeasureType.ADMONISHMENT).effectIn(1));
        assertEquals(REGULATIONS.rule(MeasureType.WARNING), local.rule(MeasureType.WARNING));
    }

    @Test
    void aRowThatCannotBeReadIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> REGULATIONS.with(Map.of(MeasureType.DEMERIT, "12")));
        assertEquals("DEMERIT: '12' is not influence;effects", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> REGULATIONS.with(Map.of(MeasureType.CASE_FILED, "24;PENDING")),
                "a case lasts until it is concluded");
        assertThrows(IllegalArgumentException.class, () -> REGULATIONS.with(Map.of(MeasureType.DEMERIT, "12;WORSE")));
    }
}
