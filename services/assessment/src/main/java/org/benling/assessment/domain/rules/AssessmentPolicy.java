package org.benling.assessment.domain.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.benling.contracts.Capability;
import org.benling.contracts.inspection.FindingRecorded.Severity;
import org.benling.contracts.rotation.PostingCompleted.Evaluation;

/**
 * The assessment rules' numbers (DOMAIN.md "Assessment"); each default is the regulation's value, configurable
 * under {@code benling.assessment.policy.*}.
 *
 * @param excellentRate        优秀 at most 20% of a unit's assessed cadres (公务员考核规定: 一般不超过20%)
 * @param raisedExcellentRate  up to 25% with recorded approval (公务员考核规定: 经批准可至25%)
 * @param poolBelow            a unit with fewer assessed cadres than this has no 优秀 quota of its own: its 优秀
 *                             count against a pool of such units at the parent unit (so that units of 1–4 cannot
 *                             exceed the rate by rounding up; default 5, where 20% is one place)
 * @param meritCitationStreak  consecutive 优秀 years that make a merit-citation (三等功) candidate
 * @param dismissalStreak      consecutive 不称职 years that open a dismissal review
 * @param unratedScore         a capability's base score before any finalised review rated it
 * @param evidenceWindowYears  training, postings and findings count over this many years
 * @param pointsPerTrainingHour points per 学时 in the capability, up to {@code trainingCap}
 * @param postingPoints        points per completed posting exercising the capability, by the host's evaluation
 * @param postingCap           at most this many points from postings per capability
 * @param measurePenalty       points off per supervision measure in its influence period, by form (1–4)
 * @param measureCapabilities  the capabilities a supervision measure reflects on
 * @param findingPenalty       points off per inspection finding naming the cadre, by severity
 * @param gapThreshold         a capability below this score is a gap
 * @param peerMargin           … or this many points below the median of peers at the same rank
 * @param minimumPeers         the peer comparison needs at least this many peers
 * @param democraticWeight     the share of the democratic evaluation's average in a final capability rating
 *                             (the superior's score has the rest)
 */
public record AssessmentPolicy(BigDecimal excellentRate, BigDecimal raisedExcellentRate, int poolBelow,
        int meritCitationStreak, int dismissalStreak, int unratedScore, int evidenceWindowYears,
        BigDecimal pointsPerTrainingHour, int trainingCap, Map<Evaluation, Integer> postingPoints, int postingCap,
        Map<Integer, Integer> measurePenalty, Set<Capability> measureCapabilities, Map<Severity, Integer> findingPenalty,
        int gapThreshold, int peerMargin, int minimumPeers, BigDecimal democraticWeight) {

    public static AssessmentPolicy defaults() {
        return new AssessmentPolicy(new BigDecimal("0.20"), new BigDecimal("0.25"), 5, 3, 2, 60, 5,
                new BigDecimal("0.5"), 15,
                Map.of(Evaluation.EXCELLENT, 10, Evaluation.GOOD, 7, Evaluation.PASSED, 4, Evaluation.FAILED, 0), 15,
                Map.of(1, 5, 2, 10, 3, 15, 4, 20),
                Set.of(Capability.POLITICAL_LEADERSHIP, Capability.LAW_BASED_GOVERNANCE),
                Map.of(Severity.MINOR, 3, Severity.SERIOUS, 6, Severity.GRAVE, 10), 60, 15, 5, new BigDecimal("0.3"));
    }
}
