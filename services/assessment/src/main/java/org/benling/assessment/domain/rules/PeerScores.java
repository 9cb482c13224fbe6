package org.benling.assessment.domain.rules;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.benling.contracts.Capability;

/**
 * The scores of every active cadre of one rank level, per capability, in ascending order: read once for many cadres
 * of that rank, each then compared with the median of the others.
 *
 * <p>The median is PostgreSQL's {@code percentile_cont(0.5)}: the middle score, or the mean of the two middle ones.
 * A cadre's own score is among the rank's; "the others" are the rank's scores with one occurrence of the cadre's
 * own score taken out, which is exact whichever cadre held that value.
 */
public final class PeerScores {

    /** The median of the others' scores (null when there are none) and how many they are. */
    public record Median(Double median, int peers) {
    }

    private final Map<Capability, int[]> ascending;

    private PeerScores(Map<Capability, int[]> ascending) {
        this.ascending = ascending;
    }

    /** The rank's scores per capability, each array in any order (sorted here). */
    public static PeerScores of(Map<Capability, int[]> scores) {
        Map<Capability, int[]> sorted = new EnumMap<>(Capability.class);
        scores.forEach((capability, values) -> {
            int[] copy = values.clone();
            Arrays.sort(copy);
            sorted.put(capability, copy);
        });
        return new PeerScores(sorted);
    }

    /**
     * The rank's scores from how many cadres hold each score of each capability (as kept in {@code rank_score_count});
     * counts of zero or less are none.
     */
    public static PeerScores ofCounts(Map<Capability, ? extends Map<Integer, Integer>> counts) {
        Map<Capability, int[]> sorted = new EnumMap<>(Capability.class);
        counts.forEach((capability, byScore) -> {
            int[] values = new int[byScore.values().stream().mapToInt(n -> Math.max(0, n)).sum()];
            int at = 0;
            for (Map.Entry<Integer, Integer> e : new java.util.TreeMap<>(byScore).entrySet()) {
                for (int i = 0; i < e.getValue(); i++) {
                    values[at++] = e.getKey();
                }
            }
            sorted.put(capability, values);
        });
        return new PeerScores(sorted);
    }

    /** The median of the rank's scores for {@code capability} without one occurrence of {@code own}. */
    public Median medianWithout(Capability capability, int own) {
        int[] all = ascending.getOrDefault(capability, new int[0]);
        return median(all, Arrays.binarySearch(all, own));
    }

    /** The median of all the rank's scores for {@code capability} (of a cadre who is not among them). */
    public Median median(Capability capability) {
        return median(ascending.getOrDefault(capability, new int[0]), -1);
    }

    private static Median median(int[] all, int skip) {
        int peers = skip >= 0 ? all.length - 1 : all.length;
        if (peers == 0) {
            return new Median(null, 0);
        }
        double position = 0.5 * (peers - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        double low = at(all, skip, lower);
        return new Median(low + (at(all, skip, upper) - low) * (position - lower), peers);
    }

    /** The {@code index}th of the scores with the one at {@code skip} taken out (none when {@code skip} is negative). */
    private static int at(int[] all, int skip, int index) {
        return skip >= 0 && index >= skip ? all[index + 1] : all[index];
    }
}
