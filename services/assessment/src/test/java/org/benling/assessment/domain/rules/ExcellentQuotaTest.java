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
            assertEquals(2, ExcellentQuota.quota(10, RATE));
        }

        @Test
        @DisplayName("20% of 12 assessed cadres is 2.4, rounded down to 2")
        void roundsDown() {
            assertEquals(2, ExcellentQuota.quota(12, RATE));
        }

        @Test
        @DisplayName("with approval the raised 25% of 12 assessed cadres is 3")
        void raisedRate() {
            assertEquals(3, ExcellentQuota.quota(12, RAISED));
        }

        @ParameterizedTest(name = "a unit of {0} assessed has no place of its own")
        @CsvSource({ "1", "3", "4" })
        @DisplayName("20% of fewer than five rounds down to nothing: such units share a pool at their parent")
        void smallUnitsHaveNoPlaceOfTheirOwn(int assessed) {
            assertEquals(0, ExcellentQuota.quota(assessed, RATE));
            assertTrue(ExcellentQuota.pooled(assessed, Policies.DEFAULTS));
        }

        @Test
        @DisplayName("five assessed are the first unit with a quota of its own (one place)")
        void fiveHaveOne() {
            assertEquals(1, ExcellentQuota.quota(5, RATE));
            assertFalse(ExcellentQuota.pooled(5, Policies.DEFAULTS));
        }

        @Test
        @DisplayName("a unit with nobody assessed has no 优秀 place")
        void nobodyAssessed() {
            assertEquals(0, ExcellentQuota.quota(0, RATE));
        }

        @Test
        @DisplayName("the quota never exceeds the number of assessed cadres")
        void neverAboveAssessed() {
            assertEquals(3, ExcellentQuota.quota(3, new BigDecimal("1.5")), "rate above 100%");
        }

        @Test
        @DisplayName("a negative number of assessed cadres is refused")
        void negativeAssessed() {
            assertThrows(IllegalArgumentException.class, () -> ExcellentQuota.quota(-1, RATE));
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
        @DisplayName("a pool of five offices of two (ten assessed) has two places; a third 优秀 is one over")
        void pool() {
            java.util.UUID parent = java.util.UUID.randomUUID();
            ExcellentQuota.Pool atQuota = ExcellentQuota.pool(parent, 5, 10, 2, Policies.DEFAULTS);
            ExcellentQuota.Pool over = ExcellentQuota.pool(parent, 5, 10, 3, Policies.DEFAULTS);
            assertAll(
                    () -> assertEquals(2, atQuota.quota()),
                    () -> assertTrue(atQuota.allowed()),
                    () -> assertFalse(over.allowed()),
                    () -> assertEquals(1, over.over()));
        }

        @Test
        @DisplayName("the pool threshold comes from the policy")
        void poolThresholdFromPolicy() {
            assertTrue(ExcellentQuota.pooled(9, Policies.withPoolBelow(10)));
            assertFalse(ExcellentQuota.pooled(10, Policies.withPoolBelow(10)));
        }
    }
}
