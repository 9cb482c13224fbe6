package org.benling.assessment.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.benling.assessment.domain.rules.PeerScores.Median;
import org.benling.contracts.Capability;
import org.junit.jupiter.api.Test;

/** The median of a cadre's peers: the others of the same rank, as percentile_cont(0.5) computes it. */
class PeerScoresTest {

    private static final Capability LEARNING = Capability.LEARNING;

    @Test
    void theMiddleScoreOfAnOddNumberOfOthers() {
        // the rank: 70, 80, 90, 60 (own) — the others 70, 80, 90
        PeerScores rank = PeerScores.of(Map.of(LEARNING, new int[] {90, 60, 80, 70}));
        assertEquals(new Median(80.0, 3), rank.medianWithout(LEARNING, 60));
    }

    @Test
    void theMeanOfTheTwoMiddleScoresOfAnEvenNumberOfOthers() {
        // the others 60, 70, 80, 90 around an own 75
        PeerScores rank = PeerScores.of(Map.of(LEARNING, new int[] {60, 70, 75, 80, 90}));
        assertEquals(new Median(75.0, 4), rank.medianWithout(LEARNING, 75));
        // own 60: the others 70, 75, 80, 90
        assertEquals(new Median(77.5, 4), rank.medianWithout(LEARNING, 60));
        // own 90: the others 60, 70, 75, 80
        assertEquals(new Median(72.5, 4), rank.medianWithout(LEARNING, 90));
    }

    @Test
    void anOwnScoreHeldByOthersTooTakesOutOneOccurrenceOnly() {
        PeerScores rank = PeerScores.of(Map.of(LEARNING, new int[] {80, 80, 80, 60}));
        assertEquals(new Median(80.0, 3), rank.medianWithout(LEARNING, 80));
        assertEquals(new Median(80.0, 3), rank.medianWithout(LEARNING, 60));
    }

    @Test
    void aCadreAloneInItsRankHasNoPeers() {
        PeerScores rank = PeerScores.of(Map.of(LEARNING, new int[] {85}));
        assertEquals(new Median(null, 0), rank.medianWithout(LEARNING, 85));
        assertEquals(new Median(null, 0), rank.medianWithout(Capability.RISK_MANAGEMENT, 85));
    }

    @Test
    void aCadreWhoseScoreIsNotAmongTheRanksComparesWithAllOfIt() {
        // an inactive cadre or one of another rank is not among them: nothing is taken out
        PeerScores rank = PeerScores.of(Map.of(LEARNING, new int[] {70, 90}));
        assertEquals(new Median(80.0, 2), rank.medianWithout(LEARNING, 50));
    }
}
