package org.benling.assessment.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
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
            OptionalDouble democratic = ballots.stream().filter(b -> b.containsKey(c)).mapToInt(b -> b.get(c)).average();
            Integer own = superior.get(c);
            if (own != null && democratic.isPresent()) {
                BigDecimal blended = BigDecimal.valueOf(own).multiply(BigDecimal.ONE.subtract(democraticWeight))
                        .add(BigDecimal.valueOf(democratic.getAsDouble()).multiply(democraticWeight));
                rating.put(c, blended.setScale(0, RoundingMode.HALF_UP).intValue());
            } else if (own != null) {
                rating.put(c, own);
            } else if (democratic.isPresent()) {
                rating.put(c, (int) Math.round(democratic.getAsDouble()));
            }
        }
        return rating;
    }
}
