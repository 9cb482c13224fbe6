package org.benling.training.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.benling.contracts.personnel.RankLevel;
import org.junit.jupiter.api.Test;

// 政策数值可配置，默认取干部教育培训工作条例（2023）及网络培训通行规定的数值
class TrainingPolicyTest {

    static final TrainingPolicy REGULATION = TrainingPolicy.regulation();

    static BigDecimal h(String hours) {
        return new BigDecimal(hours);
    }

    /** A province that keeps everything but the window, the online hours, the leave limit and module lengths. */
    static TrainingPolicy province(int windowYears, String onlineHours, int leaveDenominator, int fullMinutes,
            int halfMinutes) {
        TrainingPolicy r = REGULATION;
        return new TrainingPolicy(windowYears, r.rollingHours(), r.rollingOffJobDays(), r.promotionGraceMonths(),
                r.annualHours(), r.annualOffJobDays(), h(onlineHours), leaveDenominator, fullMinutes, halfMinutes,
                r.fullModuleCredit(), r.halfModuleCredit(), r.shortModuleCredit(), r.passedTestCredit(), r.testPassMark(),
                r.unexcusedAbsence(), r.rollingOffJobOnly());
    }

    @Test
    void theRegulationsNumbers() {
        assertEquals(5, REGULATION.rollingWindowYears());
        assertEquals(h("550.00"), REGULATION.rollingHours());
        assertEquals(90, REGULATION.rollingOffJobDays());
        assertEquals(12, REGULATION.promotionGraceMonths());
        assertEquals(h("90.00"), REGULATION.annualHours());
        assertEquals(12, REGULATION.annualOffJobDays());
        assertEquals(h("50.00"), REGULATION.onlineAnnualHours());
        assertEquals(7, REGULATION.leaveLimitDenominator());
        assertEquals(30, REGULATION.fullModuleMinutes());
        assertEquals(15, REGULATION.halfModuleMinutes());
        assertEquals(h("1.00"), REGULATION.fullModuleCredit());
        assertEquals(h("0.50"), REGULATION.halfModuleCredit());
        assertEquals(h("0.25"), REGULATION.shortModuleCredit());
        assertEquals(h("0.50"), REGULATION.passedTestCredit());
    }

    @Test
    void trainingPolicyValuesCanBeChangedByAProvince() {
        TrainingPolicy province = province(3, "60", 10, 45, 20);
        LocalDate today = LocalDate.of(2026, 3, 15);

        // a three-year window instead of five
        assertEquals(LocalDate.of(2023, 3, 16), HoursCompliance.windows(today, province).rollingStart());
        assertEquals(LocalDate.of(2021, 3, 16), HoursCompliance.windows(today, REGULATION).rollingStart());

        // 60 online hours instead of 50
        HoursTotals fiftyFiveOnline = new HoursTotals(h("600"), 0, h("90"), 0, h("55"));
        LocalDate lastDay = LocalDate.of(2026, 12, 31);
        assertEquals(ComplianceStatus.COMPLIANT,
                HoursCompliance.assess(RankLevel.SECTION_PRINCIPAL, null, fiftyFiveOnline, lastDay, REGULATION).status());
        assertEquals(ComplianceStatus.SHORTFALL,
                HoursCompliance.assess(RankLevel.SECTION_PRINCIPAL, null, fiftyFiveOnline, lastDay, province).status());

        // leave up to 1/10 instead of 1/7
        assertFalse(LeaveLimit.exceeded(h("35"), h("5"), REGULATION));
        assertTrue(LeaveLimit.exceeded(h("35"), h("5"), province));
        assertEquals(h("3.50"), LeaveLimit.allowedLeave(h("35"), province));

        // a full module from 45 minutes, a half from 20
        assertEquals(h("1.00"), OnlineCredit.of(30, false, REGULATION));
        assertEquals(h("0.50"), OnlineCredit.of(30, false, province));
        assertEquals(h("0.25"), OnlineCredit.of(19, false, province));
    }

    @Test
    void aLongerGraceAfterPromotion() {
        TrainingPolicy r = REGULATION;
        TrainingPolicy twoYears = new TrainingPolicy(r.rollingWindowYears(), r.rollingHours(), r.rollingOffJobDays(),
                24, r.annualHours(), r.annualOffJobDays(), r.onlineAnnualHours(), r.leaveLimitDenominator(),
                r.fullModuleMinutes(), r.halfModuleMinutes(), r.fullModuleCredit(), r.halfModuleCredit(),
                r.shortModuleCredit(), r.passedTestCredit(), r.testPassMark(), r.unexcusedAbsence(),
                r.rollingOffJobOnly());
        HoursTotals behind = new HoursTotals(h("100"), 0, h("0"), 0, h("50"));
        LocalDate promoted = LocalDate.of(2025, 6, 15);
        LocalDate today = LocalDate.of(2026, 9, 1);
        assertEquals(ComplianceStatus.SHORTFALL,
                HoursCompliance.assess(RankLevel.DIVISION_DEPUTY, promoted, behind, today, r).status());
        var inGrace = HoursCompliance.assess(RankLevel.DIVISION_DEPUTY, promoted, behind, today, twoYears);
        assertEquals(ComplianceStatus.GRACE, inGrace.status());
        assertEquals(LocalDate.of(2027, 6, 15), inGrace.requirement(RequirementKind.ROLLING_FIVE_YEAR).dueBy());
    }

    @Test
    void nonsensicalNumbersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> province(0, "50", 7, 30, 15));
        assertThrows(IllegalArgumentException.class, () -> province(5, "-1", 7, 30, 15));
        assertThrows(IllegalArgumentException.class, () -> province(5, "50", 0, 30, 15));
        assertThrows(IllegalArgumentException.class, () -> province(5, "50", 7, 15, 15));
        assertThrows(IllegalArgumentException.class, () -> province(5, "50", 7, 30, 0));
    }
}
