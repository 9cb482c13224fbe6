package org.benling.training.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// 干部教育培训学员管理规定：脱产培训期间请假超过培训总学时1/7的，不予结业
class LeaveLimitTest {

    static final TrainingPolicy REGULATION = TrainingPolicy.regulation();

    @Test
    void leaveOfExactlyOneSeventhIsAllowedAHundredthOfAnHourMoreFails() {
        BigDecimal thirtyFiveHourClass = new BigDecimal("35");
        assertEquals(new BigDecimal("5.00"), LeaveLimit.allowedLeave(thirtyFiveHourClass, REGULATION));
        assertFalse(LeaveLimit.exceeded(thirtyFiveHourClass, new BigDecimal("5"), REGULATION));
        assertTrue(LeaveLimit.exceeded(thirtyFiveHourClass, new BigDecimal("5.01"), REGULATION));
    }

    @ParameterizedTest(name = "a {0}-hour class: {1} hours of leave allowed")
    @CsvSource({
        "35,  5.00",
        "10,  1.42", // 1/7 of 10 is 1.428…, rounded down so the allowance never fails the class
        "70,  10.00",
        "3.5, 0.50",
        "0,   0.00",
    })
    void theAllowanceIsOneSeventhRoundedDown(String classHours, String allowed) {
        BigDecimal hours = new BigDecimal(classHours);
        BigDecimal allowance = LeaveLimit.allowedLeave(hours, REGULATION);
        assertEquals(new BigDecimal(allowed), allowance);
        assertFalse(LeaveLimit.exceeded(hours, allowance, REGULATION));
    }

    @Test
    void aLittleOverOneSeventhOfATenHourClassFails() {
        assertFalse(LeaveLimit.exceeded(new BigDecimal("10"), new BigDecimal("1.428"), REGULATION));
        assertTrue(LeaveLimit.exceeded(new BigDecimal("10"), new BigDecimal("1.43"), REGULATION));
    }

    @Test
    void noLeaveNeverFails() {
        assertFalse(LeaveLimit.exceeded(new BigDecimal("35"), BigDecimal.ZERO, REGULATION));
    }

    @Test
    void negativeHoursAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> LeaveLimit.exceeded(new BigDecimal("35"), new BigDecimal("-1"), REGULATION));
        assertThrows(IllegalArgumentException.class,
                () -> LeaveLimit.allowedLeave(new BigDecimal("-35"), REGULATION));
    }

    @Test
    void anAbsenceWithoutApprovedLeaveCountsTowardTheSameLimitAsLeave() {
        BigDecimal thirtyFiveHourClass = new BigDecimal("35");
        assertFalse(LeaveLimit.fails(thirtyFiveHourClass, new BigDecimal("3"), new BigDecimal("2"), REGULATION),
                "3 of leave and 2 unexcused: exactly 1/7");
        assertTrue(LeaveLimit.fails(thirtyFiveHourClass, new BigDecimal("3"), new BigDecimal("2.01"), REGULATION));
        assertTrue(LeaveLimit.fails(thirtyFiveHourClass, BigDecimal.ZERO, new BigDecimal("7"), REGULATION),
                "a 7-hour day missed without leave fails, as a day of leave would");
    }

    @Test
    void wherePolicySaysSoAnyUnexcusedAbsenceFailsTheClass() {
        TrainingPolicy r = REGULATION;
        TrainingPolicy strict = new TrainingPolicy(r.rollingWindowYears(), r.rollingHours(), r.rollingOffJobDays(),
                r.promotionGraceMonths(), r.annualHours(), r.annualOffJobDays(), r.onlineAnnualHours(),
                r.leaveLimitDenominator(), r.fullModuleMinutes(), r.halfModuleMinutes(), r.fullModuleCredit(),
                r.halfModuleCredit(), r.shortModuleCredit(), r.passedTestCredit(), r.testPassMark(),
                TrainingPolicy.UnexcusedAbsence.FAILS, r.rollingOffJobOnly());
        assertTrue(LeaveLimit.fails(new BigDecimal("35"), BigDecimal.ZERO, new BigDecimal("0.5"), strict));
        assertFalse(LeaveLimit.fails(new BigDecimal("35"), new BigDecimal("5"), BigDecimal.ZERO, strict),
                "leave within 1/7 still passes");
    }

    @Test
    void aTestIsPassedAtThePassMark() {
        assertFalse(REGULATION.passed(new BigDecimal("59.9")));
        assertTrue(REGULATION.passed(new BigDecimal("60")));
        assertFalse(REGULATION.passed(null), "no score, no test credit");
    }
}
