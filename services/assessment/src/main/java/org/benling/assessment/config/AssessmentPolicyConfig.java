package org.benling.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.benling.assessment.domain.rules.AssessmentPolicy;
import org.benling.contracts.Capability;
import org.benling.contracts.inspection.FindingRecorded.Severity;
import org.benling.contracts.rotation.PostingCompleted.Evaluation;

/**
 * Assessment policy ({@code benling.assessment.policy.*}); defaults are the regulation's values
 * (公务员考核规定: 优秀 ≤ 20%, ≤ 25% with approval) and the profile arithmetic documented in the service README.
 */
@ConfigMapping(prefix = "benling.assessment.policy")
public interface AssessmentPolicyConfig {

    @WithDefault("0.20")
    BigDecimal excellentRate();

    @WithDefault("0.25")
    BigDecimal raisedExcellentRate();

    /** units with fewer assessed cadres pool their 优秀 at the parent unit */
    @WithDefault("5")
    int poolBelow();

    @WithDefault("3")
    int meritCitationStreak();

    @WithDefault("2")
    int dismissalStreak();

    @WithDefault("60")
    int unratedScore();

    @WithDefault("5")
    int evidenceWindowYears();

    @WithDefault("0.5")
    BigDecimal pointsPerTrainingHour();

    @WithDefault("15")
    int trainingCap();

    /** points per completed posting by evaluation: excellent, good, passed, failed */
    @WithDefault("10,7,4,0")
    List<Integer> postingPoints();

    @WithDefault("15")
    int postingCap();

    /** points off per measure in influence, forms 1 to 4 */
    @WithDefault("5,10,15,20")
    List<Integer> measurePenalty();

    @WithDefault("POLITICAL_LEADERSHIP,LAW_BASED_GOVERNANCE")
    Set<Capability> measureCapabilities();

    /** points off per finding by severity: minor, serious, grave */
    @WithDefault("3,6,10")
    List<Integer> findingPenalty();

    @WithDefault("60")
    int gapThreshold();

    @WithDefault("15")
    int peerMargin();

    @WithDefault("5")
    int minimumPeers();

    @WithDefault("0.3")
    BigDecimal democraticWeight();

    @ApplicationScoped
    class Producer {
        @Produces
        @jakarta.inject.Singleton
        AssessmentPolicy policy(AssessmentPolicyConfig c) {
            List<Integer> p = c.postingPoints();
            List<Integer> m = c.measurePenalty();
            List<Integer> f = c.findingPenalty();
            if (p.size() != 4 || m.size() != 4 || f.size() != 3) {
                throw new IllegalStateException("benling.assessment.policy: posting-points and measure-penalty need "
                        + "4 values, finding-penalty 3");
            }
            return new AssessmentPolicy(c.excellentRate(), c.raisedExcellentRate(), c.poolBelow(),
                    c.meritCitationStreak(), c.dismissalStreak(), c.unratedScore(), c.evidenceWindowYears(),
                    c.pointsPerTrainingHour(), c.trainingCap(),
                    Map.of(Evaluation.EXCELLENT, p.get(0), Evaluation.GOOD, p.get(1), Evaluation.PASSED, p.get(2), Evaluation.FAILED, p.get(3)),
                    c.postingCap(), Map.of(1, m.get(0), 2, m.get(1), 3, m.get(2), 4, m.get(3)), c.measureCapabilities(),
                    Map.of(Severity.MINOR, f.get(0), Severity.SERIOUS, f.get(1), Severity.GRAVE, f.get(2)), c.gapThreshold(),
                    c.peerMargin(), c.minimumPeers(), c.democraticWeight());
        }
    }
}
