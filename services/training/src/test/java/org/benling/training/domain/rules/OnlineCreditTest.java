package org.benling.training.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// 省级干部网络学院学时折算：课程≥30分钟计1学时，15–30分钟计0.5学时，<15分钟计0.25学时，测试合格加0.5学时
class OnlineCreditTest {

    static final TrainingPolicy REGULATION = TrainingPolicy.regulation();

    @ParameterizedTest(name = "{0} minutes, test passed {1}: {2} 学时")
    @CsvSource({
        "120, false, 1.00",
        "30,  false, 1.00",
        "30,  true,  1.50",
        "29,  false, 0.50",
        "29,  true,  1.00",
        "15,  false, 0.50",
        "15,  true,  1.00",
        "14,  false, 0.25",
        "14,  true,  0.75",
        "1,   false, 0.25",
        "0,   false, 0.00",
        "0,   true,  0.50",
    })
    void aModuleEarnsCreditByItsLengthAndAPassedTestAddsHalfAnHour(int minutes, boolean testPassed,
            String expected) {
        assertEquals(new BigDecimal(expected), OnlineCredit.of(minutes, testPassed, REGULATION));
    }

    @Test
    void negativeMinutesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> OnlineCredit.of(-1, false, REGULATION));
    }
}
