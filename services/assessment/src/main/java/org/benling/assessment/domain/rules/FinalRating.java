package org.benling.assessment.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.benling.contracts.Capability;

/**
 * The capability rating a finalised review leaves for the profile: the superior's score blended with the average
 * of the democratic evaluation's ballots (民主测评) that scored the capability; either alone when the other is
 * missing.
 */
public final class FinalRating {

    private FinalRating() {
    }

    public static Map<Capability, Integer> blend(Map<Capability, Integer> superior,
            Collection<Map<Capability, Integer>> ballots, BigDecimal democraticWeight) {
        Map<Capability, Integer> rating = new EnumMap<>(Capability.class);
        for (Capability c : Capability.values()) {
            List<Integer> votes = ballots.stream().filter(b -> b.containsKey(c)).map(b -> b.get(c)).toList();
            Integer own = superior.get(c);
            if (votes.isEmpty() && own == null) {
                continue;
            }
            // exact arithmetic: (own·(1−w)·n + w·Σvotes) / n, so that .5 rounds half-up as written
            BigDecimal n = BigDecimal.valueOf(votes.size());
            BigDecimal sum = BigDecimal.valueOf(votes.stream().mapToLong(Integer::longValue).sum());
            BigDecimal value;
            if (own != null && !votes.isEmpty()) {
                value = BigDecimal.valueOf(own).multiply(BigDecimal.ONE.subtract(democraticWeight)).multiply(n)
                        .add(democraticWeight.multiply(sum)).divide(n, 0, RoundingMode.HALF_UP);
            } else if (own != null) {
                value = BigDecimal.valueOf(own);
            } else {
                value = sum.divide(n, 0, RoundingMode.HALF_UP);
            }
            rating.put(c, value.intValueExact());
        }
        return rating;
    }
}
