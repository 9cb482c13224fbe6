package org.benling.selection.domain.rules;

import java.util.Map;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;

/**
 * The talent review grid (人才盘点九宫格): performance, from the latest finalised annual grade (优秀 high, 称职 medium,
 * 基本称职 or 不称职 low), against potential, from the mean of the capability scores (at least {@code high} high, below
 * {@code low} low, medium between). A cadre without a grade or without scores is not placed (counted apart).
 */
public final class TalentGrid {

    public enum Band { HIGH, MEDIUM, LOW }

    /** The potential's bounds: a mean of at least {@code high} is high, below {@code low} is low. */
    public record Bounds(int high, int low) {
        public Bounds {
            if (low < 0 || high > 100 || low > high) {
                throw new IllegalArgumentException("0 ≤ low ≤ high ≤ 100: " + low + ", " + high);
            }
        }
    }

    public record Cell(Band performance, Band potential) {
    }

    private TalentGrid() {
    }

    public static Band performance(Grade latest) {
        return switch (latest) {
            case EXCELLENT -> Band.HIGH;
            case COMPETENT -> Band.MEDIUM;
            case BASICALLY_COMPETENT, INCOMPETENT -> Band.LOW;
        };
    }

    /** The mean of the scores, rounded; null without any. */
    public static Integer potentialScore(Map<Capability, Integer> scores) {
        return scores.isEmpty() ? null
                : (int) Math.round(scores.values().stream().mapToInt(Integer::intValue).average().orElseThrow());
    }

    public static Band potential(int meanScore, Bounds bounds) {
        return meanScore >= bounds.high() ? Band.HIGH : meanScore < bounds.low() ? Band.LOW : Band.MEDIUM;
    }

    public static Cell place(Grade latest, int meanScore, Bounds bounds) {
        return new Cell(performance(latest), potential(meanScore, bounds));
    }
}
