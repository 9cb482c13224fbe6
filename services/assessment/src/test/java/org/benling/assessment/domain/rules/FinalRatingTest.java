package org.benling.assessment.domain.rules;

import static org.benling.contracts.Capability.LEARNING;
import static org.benling.contracts.Capability.MASS_WORK;
import static org.benling.contracts.Capability.RISK_MANAGEMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.benling.contracts.Capability;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Final capability rating: superior's score blended 70/30 with the democratic evaluation (民主测评)")
class FinalRatingTest {

    private static final BigDecimal WEIGHT = Policies.DEFAULTS.democraticWeight();

    @SafeVarargs
    private static Map<Capability, Integer> blend(Map<Capability, Integer> superior, Map<Capability, Integer>... ballots) {
        return FinalRating.blend(superior, List.of(ballots), WEIGHT);
    }

    @Test
    @DisplayName("the policy's democratic weight is 0.3")
    void defaultWeight() {
        assertEquals(0, new BigDecimal("0.3").compareTo(WEIGHT));
    }

    @Test
    @DisplayName("with no ballots the superior's score is the rating")
    void superiorOnly() {
        assertEquals(Map.of(LEARNING, 77), blend(Map.of(LEARNING, 77)));
    }

    @Test
    @DisplayName("with no superior score the ballots' average is the rating, rounded (70 and 71 → 71)")
    void ballotsOnly() {
        assertEquals(Map.of(LEARNING, 71), blend(Map.of(), Map.of(LEARNING, 70), Map.of(LEARNING, 71)));
    }

    @Test
    @DisplayName("superior 80 and ballots averaging 90 blend to 83 (0.7 × 80 + 0.3 × 90)")
    void blended() {
        assertEquals(Map.of(LEARNING, 83), blend(Map.of(LEARNING, 80), Map.of(LEARNING, 85), Map.of(LEARNING, 95)));
    }

    @Test
    @DisplayName("a blend ending in .5 rounds up (0.7 × 75 + 0.3 × 80 = 76.5 → 77)")
    void roundsHalfUp() {
        assertEquals(Map.of(LEARNING, 77), blend(Map.of(LEARNING, 75), Map.of(LEARNING, 80)));
    }

    @Test
    @DisplayName("a blend ending in .5 rounds up even when the ballot average is a repeating decimal "
            + "(0.7 × 80 + 0.3 × 235/3 = 79.5 → 80)")
    void roundsHalfUpWithRepeatingAverage() {
        assertEquals(Map.of(LEARNING, 80),
                blend(Map.of(LEARNING, 80), Map.of(LEARNING, 78), Map.of(LEARNING, 78), Map.of(LEARNING, 79)));
    }

    @Test
    @DisplayName("a ballot that skips a capability does not count for it (it is not a zero)")
    void skippedCapability() {
        Map<Capability, Integer> rating = blend(Map.of(LEARNING, 80, MASS_WORK, 70),
                Map.of(LEARNING, 90, MASS_WORK, 60), Map.of(LEARNING, 90));
        assertEquals(Map.of(LEARNING, 83, MASS_WORK, 67), rating);
    }

    @Test
    @DisplayName("a capability neither the superior nor any ballot scored is absent from the rating")
    void neither() {
        Map<Capability, Integer> rating = blend(Map.of(LEARNING, 80), Map.of(MASS_WORK, 70));
        assertEquals(Map.of(LEARNING, 80, MASS_WORK, 70), rating);
        assertFalse(rating.containsKey(RISK_MANAGEMENT));
    }
}
