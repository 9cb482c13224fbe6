package org.benling.assessment.domain.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.benling.assessment.domain.rules.GapRule.Gap;
import org.benling.assessment.domain.rules.GapRule.Reason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Capability gap (能力短板): below 60, or more than 15 below the median of at least 5 peers")
class GapRuleTest {

    private static final int ENOUGH_PEERS = 5;

    private static Optional<Gap> alone(int score) {
        return GapRule.evaluate(score, Optional.empty(), 0, Policies.DEFAULTS);
    }

    private static Optional<Gap> amongPeers(int score, double median, int peers) {
        return GapRule.evaluate(score, Optional.of(median), peers, Policies.DEFAULTS);
    }

    private static void assertGap(Reason reason, int threshold, Optional<Gap> gap) {
        assertTrue(gap.isPresent(), "expected a gap");
        assertAll(() -> assertEquals(reason, gap.get().reason()), () -> assertEquals(threshold, gap.get().threshold()));
    }

    @Nested
    @DisplayName("below the threshold")
    class Threshold {

        @Test
        @DisplayName("a score of 59 is a gap below the threshold 60")
        void below() {
            assertGap(Reason.BELOW_THRESHOLD, 60, alone(59));
        }

        @Test
        @DisplayName("a score of exactly 60 is not a gap")
        void equal() {
            assertEquals(Optional.empty(), alone(60));
        }

        @Test
        @DisplayName("below the threshold is reported as such even when it is also far below the peers")
        void thresholdFirst() {
            assertGap(Reason.BELOW_THRESHOLD, 60, amongPeers(50, 90, ENOUGH_PEERS));
        }
    }

    @Nested
    @DisplayName("below the peers at the same rank")
    class Peers {

        @Test
        @DisplayName("64 against a peer median of 80 (line 65) is a gap; the score to reach is 65")
        void belowPeers() {
            Optional<Gap> gap = amongPeers(64, 80, ENOUGH_PEERS);
            assertGap(Reason.BELOW_PEERS, 65, gap);
            assertTrue(gap.get().explanation().contains("80"), gap.get().explanation());
        }

        @Test
        @DisplayName("exactly median − margin (65 against 80) is not a gap")
        void atLine() {
            assertEquals(Optional.empty(), amongPeers(65, 80, ENOUGH_PEERS));
        }

        @Test
        @DisplayName("a fractional line is rounded up: 65 against a median of 80.5 (line 65.5) is a gap, the score to reach is 66")
        void fractionalMedian() {
            assertAll(
                    () -> assertGap(Reason.BELOW_PEERS, 66, amongPeers(65, 80.5, ENOUGH_PEERS)),
                    () -> assertEquals(Optional.empty(), amongPeers(66, 80.5, ENOUGH_PEERS)));
        }

        @Test
        @DisplayName("with fewer than 5 peers there is no peer comparison")
        void tooFewPeers() {
            assertEquals(Optional.empty(), amongPeers(64, 80, ENOUGH_PEERS - 1));
        }

        @Test
        @DisplayName("without a peer median there is no peer comparison")
        void noMedian() {
            assertEquals(Optional.empty(), GapRule.evaluate(64, Optional.empty(), ENOUGH_PEERS, Policies.DEFAULTS));
        }
    }
}
