package org.benling.assessment.domain.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("优秀 quota: at most 20% of a unit's assessed cadres, 25% with approval, rounded down")
class ExcellentQuotaTest {

    private static final BigDecimal RATE = new BigDecimal("0.20");
    private static final BigDecimal RAISED = new BigDecimal("0.25");

    @Nested
    @DisplayName("quota size")
    class Quota {

        @Test
        @DisplayName("20% of 10 assessed cadres is 2")
        void twentyPercentOfTen() {
            assertEquals(2, ExcellentQuota.quota(10, RATE, 1));
        }

        @Test
        @DisplayName("20% of 12 assessed cadres is 2.4, rounded down to 2")
        void roundsDown() {
            assertEquals(2, ExcellentQuota.quota(12, RATE, 1));
        }

        @Test
        @DisplayName("with approval the raised 25% of 12 assessed cadres is 3")
        void raisedRate() {
            assertEquals(3, ExcellentQuota.quota(12, RAISED, 1));
        }

        @ParameterizedTest(name = "a unit of {0} assessed may still name 1 优秀")
        @CsvSource({ "1", "3", "4" })
        @DisplayName("small units keep one 优秀 place (smallUnitMinimum 1)")
        void smallUnitMinimum(int assessed) {
            assertEquals(1, ExcellentQuota.quota(assessed, RATE, 1));
        }

        @Test
        @DisplayName("with smallUnitMinimum 0 a 4-person unit gets no 优秀 place (0.8 rounds down)")
        void noSmallUnitMinimum() {
            assertEquals(0, ExcellentQuota.quota(4, RATE, 0));
        }

        @Test
        @DisplayName("a unit with nobody assessed has no 优秀 place, whatever the minimum")
        void nobodyAssessed() {
            assertEquals(0, ExcellentQuota.quota(0, RATE, 1));
        }

        @Test
        @DisplayName("the quota never exceeds the number of assessed cadres")
        void neverAboveAssessed() {
            assertAll(
                    () -> assertEquals(2, ExcellentQuota.quota(2, RATE, 5), "minimum larger than the unit"),
                    () -> assertEquals(3, ExcellentQuota.quota(3, new BigDecimal("1.5"), 0), "rate above 100%"));
        }

        @Test
        @DisplayName("a negative number of assessed cadres is refused")
        void negativeAssessed() {
            assertThrows(IllegalArgumentException.class, () -> ExcellentQuota.quota(-1, RATE, 1));
        }
    }

    @Nested
    @DisplayName("checking a unit's proposed 优秀 grades")
    class Check {

        private ExcellentQuota.Check check(int assessed, int excellent, boolean approvedRaise) {
            return ExcellentQuota.check(assessed, excellent, approvedRaise, Policies.DEFAULTS);
        }

        @Test
        @DisplayName("exactly the quota (2 of 10) is allowed, nothing over")
        void atQuota() {
            ExcellentQuota.Check c = check(10, 2, false);
            assertAll(() -> assertEquals(2, c.quota()), () -> assertTrue(c.allowed()), () -> assertEquals(0, c.over()));
        }

        @Test
        @DisplayName("below the quota (1 of 10) is allowed")
        void belowQuota() {
            ExcellentQuota.Check c = check(10, 1, false);
            assertAll(() -> assertTrue(c.allowed()), () -> assertEquals(0, c.over()));
        }

        @Test
        @DisplayName("above the quota (4 of 10) is refused, 2 over")
        void aboveQuota() {
            ExcellentQuota.Check c = check(10, 4, false);
            assertAll(() -> assertFalse(c.allowed()), () -> assertEquals(2, c.over()));
        }

        @Test
        @DisplayName("3 优秀 of 12 is refused at 20% but allowed with an approved raise to 25%")
        void approvedRaise() {
            ExcellentQuota.Check plain = check(12, 3, false);
            ExcellentQuota.Check raised = check(12, 3, true);
            assertAll(
                    () -> assertFalse(plain.allowed()),
                    () -> assertEquals(1, plain.over()),
                    () -> assertEquals(0, RATE.compareTo(plain.rate())),
                    () -> assertFalse(plain.raised()),
                    () -> assertTrue(raised.allowed()),
                    () -> assertEquals(3, raised.quota()),
                    () -> assertEquals(0, RAISED.compareTo(raised.rate())),
                    () -> assertTrue(raised.raised()));
        }

        @Test
        @DisplayName("the check uses the policy's small-unit minimum")
        void usesPolicyMinimum() {
            assertAll(
                    () -> assertTrue(check(4, 1, false).allowed()),
                    () -> assertFalse(ExcellentQuota.check(4, 1, false, Policies.withSmallUnitMinimum(0)).allowed()));
        }
    }
}
