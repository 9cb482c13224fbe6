package org.benling.training.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

// 干部教育培训工作条例（2023）：“每5年”按截至今天的5年滚动计算，“每年”按自然年计算. The sums over these windows are
// computed in SQL and tested through the API on the windows' edges (rest/RollingWindowFlowTest).
class WindowsTest {

    static final TrainingPolicy REGULATION = TrainingPolicy.regulation();

    @Test
    void theWindowsOfADay() {
        Windows w = HoursCompliance.windows(LocalDate.of(2028, 2, 29), REGULATION);
        assertEquals(new Windows(LocalDate.of(2023, 3, 1), LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31),
                LocalDate.of(2028, 2, 29)), w);
    }

    @Test
    void aWindowCannotEndBeforeItBegins() {
        assertThrows(IllegalArgumentException.class, () -> new Windows(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), LocalDate.of(2026, 3, 15)));
    }
}
