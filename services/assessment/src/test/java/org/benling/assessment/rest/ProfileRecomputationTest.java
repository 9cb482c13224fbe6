package org.benling.assessment.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.benling.assessment.TestRoster;
import org.benling.assessment.domain.Gap;
import org.benling.assessment.domain.rules.AssessmentPolicy;
import org.benling.assessment.domain.rules.CapabilityScoring;
import org.benling.assessment.domain.rules.GapRule;
import org.benling.assessment.service.EvidenceStore;
import org.benling.assessment.service.ProfileService;
import org.benling.assessment.service.RankPeers;
import org.benling.contracts.Capability;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.rotation.PostingApproved;
import org.benling.contracts.rotation.PostingCompleted;
import org.benling.contracts.training.TrainingCompleted;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Many profiles recomputed at once (a consumer's batch, a cycle's finalisation) come out as one at a time would:
 * each cadre's scores from its own evidence, and its gaps against the median of the others of its rank as the
 * database computes it ({@code percentile_cont} over the peers, the cadre left out).
 */
@QuarkusTest
class ProfileRecomputationTest {

    @Inject TestRoster roster;
    @Inject EvidenceStore evidence;
    @Inject ProfileService profiles;
    @Inject RankPeers rankPeers;
    @Inject CadreDirectory cadres;
    @Inject AssessmentPolicy policy;

    @Test
    void cadresRecomputedTogetherAreEachComparedWithTheMedianOfTheOthers() {
        // a rank of its own: the twelve are each other's only peers
        TestRoster.Unit unit = roster.unit("P01", RankLevel.BUREAU_DEPUTY);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 1; i <= 12; i++) {
                UUID cadre = unit.cadre(i);
                if (i > 3) {
                    // nine well trained and tried in a posting; three with nothing on record
                    evidence.training(new TrainingCompleted(UUID.randomUUID(), cadre, UUID.randomUUID(), "风险防控专题班",
                            TrainingCompleted.Source.CLASS, Set.of(Capability.RISK_MANAGEMENT), new BigDecimal(2 * i), false,
                            TestClock.today().minusDays(i)));
                    evidence.posting(new PostingCompleted(UUID.randomUUID(), cadre, PostingApproved.PostingType.values()[0],
                            TestClock.today().minusDays(i), PostingCompleted.Evaluation.EXCELLENT,
                            Set.of(Capability.RISK_MANAGEMENT), "挂职期满"));
                }
            }
            profiles.recompute(unit.cadres());
        });

        int belowPeers = QuarkusTransaction.requiringNew().call(() -> {
            int opened = 0;
            for (UUID cadre : unit.cadres()) {
                var ref = cadres.find(cadre).orElseThrow();
                Map<Capability, RankPeers.PeerMedian> medians = rankPeers.mediansFor(ref);
                Map<Capability, CapabilityScoring.Score> profile = profiles.current(cadre);
                List<Gap> open = Gap.list("cadreId = ?1 and status = ?2", cadre, Gap.Status.OPEN);
                assertEquals(Capability.values().length, profile.size(), "every capability scored");
                for (CapabilityScoring.Score s : profile.values()) {
                    RankPeers.PeerMedian median = medians.get(s.capability());
                    Optional<GapRule.Gap> expected = GapRule.evaluate(s.score(), Optional.ofNullable(median.median()),
                            median.peers(), policy);
                    Optional<Gap> gap = open.stream().filter(g -> g.capability == s.capability()).findFirst();
                    assertEquals(expected.map(GapRule.Gap::reason), gap.map(g -> g.reason), cadre + " " + s.capability()
                            + " at " + s.score() + " against a median of " + median.median() + " over " + median.peers());
                    if (gap.isPresent() && gap.get().reason == GapRule.Reason.BELOW_PEERS) {
                        opened++;
                    }
                }
            }
            return opened;
        });
        assertTrue(belowPeers >= 3, "the three with nothing on record are well below their peers in 风险防控: " + belowPeers);
    }
}
