package org.benling.assessment.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.benling.assessment.TestRoster;
import org.benling.assessment.service.EvidenceStore;
import org.benling.assessment.service.ProfileService;
import org.benling.assessment.service.RankPeers;
import org.benling.contracts.Capability;
import org.benling.contracts.personnel.CadreProfile;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.training.TrainingCompleted;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.PersonnelReadModel;
import org.benling.testing.Bureau;
import org.benling.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The peers' medians come from counts of the scores per rank kept by the database (migration V4): after every kind
 * of change they equal a count over the scores of the active cadres, and a cadre's median equals PostgreSQL's
 * percentile_cont over the others of its rank.
 */
@QuarkusTest
class RankScoreCountTest {

    @Inject TestRoster roster;
    @Inject EvidenceStore evidence;
    @Inject ProfileService profiles;
    @Inject RankPeers rankPeers;
    @Inject PersonnelReadModel readModel;
    @Inject CadreDirectory cadres;
    @Inject EntityManager em;

    @Test
    void theKeptCountsEqualACountOverTheScoresAfterEveryKindOfChange() {
        TestRoster.Unit unit = roster.unit("RSC1", RankLevel.BUREAU_PRINCIPAL);
        recomputeWithTraining(unit.cadres().subList(0, 6), 10);
        assertCountsMatch("scores computed for six");

        recomputeWithTraining(unit.cadres().subList(3, 9), 24);
        assertCountsMatch("scores changed for six, three of them new");

        UUID promoted = unit.cadre(2);
        change(promoted, unit, RankLevel.BUREAU_DEPUTY, CadreProfile.CadreStatus.ACTIVE);
        assertCountsMatch("a cadre changed rank");

        UUID retired = unit.cadre(4);
        change(retired, unit, RankLevel.BUREAU_PRINCIPAL, CadreProfile.CadreStatus.RETIRED);
        assertCountsMatch("a cadre left");
        change(retired, unit, RankLevel.BUREAU_PRINCIPAL, CadreProfile.CadreStatus.ACTIVE);
        assertCountsMatch("and came back");

        UUID arrives = Bureau.cadreId("RSC1-late");
        QuarkusTransaction.requiringNew().run(() -> {
            evidence.training(training(arrives, 30));
            profiles.recompute(List.of(arrives)); // scored before the read model knows the cadre
        });
        assertCountsMatch("scores of a cadre not yet in the read model");
        QuarkusTransaction.requiringNew().run(() -> readModel.upsertCadre(Bureau.cadre(arrives, "RSC1-late", "迟到",
                unit.id(), "处长", RankLevel.BUREAU_PRINCIPAL, LocalDate.of(2019, 1, 1))));
        assertCountsMatch("the cadre arrived");
    }

    @Test
    void aCadresPeerMedianIsPercentileContOverTheOthersOfItsRank() {
        TestRoster.Unit unit = roster.unit("RSC2", RankLevel.BUREAU_PRINCIPAL);
        for (int i = 0; i < unit.cadres().size(); i++) {
            recomputeWithTraining(List.of(unit.cadres().get(i)), 2 * i + 1);
        }
        for (UUID cadre : List.of(unit.cadre(1), unit.cadre(6), unit.cadre(12))) {
            Map<Capability, RankPeers.PeerMedian> kept = QuarkusTransaction.requiringNew()
                    .call(() -> rankPeers.mediansFor(cadres.find(cadre).orElseThrow()));
            Map<Capability, Double> sql = percentileCont(cadre);
            assertFalse(sql.isEmpty());
            sql.forEach((capability, median) -> assertEquals(median, kept.get(capability).median(), 1e-9,
                    cadre + " " + capability));
        }
    }

    private void recomputeWithTraining(List<UUID> cadreIds, int hours) {
        QuarkusTransaction.requiringNew().run(() -> {
            cadreIds.forEach(c -> evidence.training(training(c, hours)));
            profiles.recompute(cadreIds);
        });
    }

    private static TrainingCompleted training(UUID cadre, int hours) {
        return new TrainingCompleted(UUID.randomUUID(), cadre, UUID.randomUUID(), "依法行政专题班",
                TrainingCompleted.Source.CLASS, Set.of(Capability.LAW_BASED_GOVERNANCE, Capability.LEARNING), new BigDecimal(hours),
                false, TestClock.today().minusDays(hours));
    }

    private void change(UUID cadre, TestRoster.Unit unit, RankLevel rank, CadreProfile.CadreStatus status) {
        CadreProfile now = Bureau.cadre(cadre, "RSC-" + cadre.toString().substring(0, 6), "干部", unit.id(), "处长", rank,
                LocalDate.of(2019, 1, 1));
        CadreProfile changed = new CadreProfile(now.cadreId(), now.employeeNumber(), now.name(), now.gender(),
                now.birthDate(), now.unitId(), now.positionTitle(), now.rankLevel(), now.postSince(), now.rankSince(),
                now.categories(), now.politicalStatus(), now.education(), status);
        QuarkusTransaction.requiringNew().run(() -> readModel.upsertCadre(changed));
    }

    @SuppressWarnings("unchecked")
    private void assertCountsMatch(String after) {
        Map<String, Long> kept = new TreeMap<>();
        Map<String, Long> counted = new TreeMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            ((List<Object[]>) em.createNativeQuery("SELECT rank_level, capability, score, cadres FROM rank_score_count"
                    + " WHERE cadres <> 0").getResultList())
                    .forEach(r -> kept.put(r[0] + " " + r[1] + " " + r[2], ((Number) r[3]).longValue()));
            ((List<Object[]>) em.createNativeQuery("""
                    SELECT c.rank_level, s.capability, s.score, count(*) FROM capability_score s
                    JOIN cadre_view c ON c.id = s.cadre_id AND c.active GROUP BY 1, 2, 3""").getResultList())
                    .forEach(r -> counted.put(r[0] + " " + r[1] + " " + r[2], ((Number) r[3]).longValue()));
        });
        assertEquals(counted, kept, "after: " + after);
    }

    @SuppressWarnings("unchecked")
    private Map<Capability, Double> percentileCont(UUID cadre) {
        Map<Capability, Double> medians = new TreeMap<>();
        QuarkusTransaction.requiringNew().run(() -> ((List<Object[]>) em.createNativeQuery("""
                SELECT s.capability, percentile_cont(0.5) WITHIN GROUP (ORDER BY s.score)
                FROM capability_score s JOIN cadre_view c ON c.id = s.cadre_id
                WHERE c.rank_level = (SELECT rank_level FROM cadre_view WHERE id = :cadre) AND c.active
                  AND s.cadre_id <> :cadre
                GROUP BY s.capability""").setParameter("cadre", cadre).getResultList())
                .forEach(r -> medians.put(Capability.valueOf((String) r[0]), ((Number) r[1]).doubleValue())));
        return medians;
    }
}
