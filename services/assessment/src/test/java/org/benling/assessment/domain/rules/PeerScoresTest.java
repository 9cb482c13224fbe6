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

    @Test
    void theRanksScoresMayBeGivenAsHowManyCadresHoldEachScore() {
        // 60 ×1, 70 ×2, 90 ×1, as kept in rank_score_count; a count of zero holds no one
        PeerScores counted = PeerScores.ofCounts(Map.of(LEARNING, Map.of(90, 1, 70, 2, 60, 1, 85, 0)));
        PeerScores listed = PeerScores.of(Map.of(LEARNING, new int[] {70, 60, 90, 70}));
        for (int own : new int[] {60, 70, 90, 50}) {
            assertEquals(listed.medianWithout(LEARNING, own), counted.medianWithout(LEARNING, own), "own " + own);
        }
        assertEquals(new Median(70.0, 3), counted.medianWithout(LEARNING, 90));
    }

    @Test
    void aCadreNotCountedInTheRankComparesWithAllOfItEvenWhenSomeoneHoldsItsScore() {
        PeerScores rank = PeerScores.of(Map.of(LEARNING, new int[] {60, 70, 90}));
        assertEquals(new Median(70.0, 3), rank.median(LEARNING));
        assertEquals(new Median(null, 0), rank.median(Capability.RISK_MANAGEMENT));
    }
}
