package org.benling.assessment.domain.rules;

import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A capability shortfall (能力短板, DOMAIN.md): a score below the threshold, or well below the median of the
 * cadre's peers at the same rank when there are enough peers to compare with.
 */
public final class GapRule {

    @Schema(name = "GapReason")
    public enum Reason { BELOW_THRESHOLD, BELOW_PEERS }

    public record Gap(Reason reason, int threshold, String explanation) {
    }

    private GapRule() {
    }

    /**
     * @param peerMedian the median score of the capability among peers at the same rank (the cadre excluded)
     * @param peers      how many peers that median is over
     */
    public static Optional<Gap> evaluate(int score, Optional<Double> peerMedian, int peers, AssessmentPolicy policy) {
        if (score < policy.gapThreshold()) {
            return Optional.of(new Gap(Reason.BELOW_THRESHOLD, policy.gapThreshold(),
                    "得分 " + score + " 低于阈值 " + policy.gapThreshold() + " / score below the threshold"));
        }
        if (peers >= policy.minimumPeers() && peerMedian.isPresent()) {
            double line = peerMedian.get() - policy.peerMargin();
            if (score < line) {
                int threshold = (int) Math.ceil(line);
                return Optional.of(new Gap(Reason.BELOW_PEERS, threshold, "得分 " + score + " 低于同职级中位数 "
                        + Math.round(peerMedian.get()) + " 逾 " + policy.peerMargin() + " 分 / more than "
                        + policy.peerMargin() + " below the median of " + peers + " peers"));
            }
        }
        return Optional.empty();
    }
}
