package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.benling.assessment.domain.rules.PeerScores;
import org.benling.contracts.Capability;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.personnel.CadreDirectory.CadreRef;

/**
 * A cadre's peers: the active cadres of the same rank level, whose scores the gaps (BELOW_PEERS) and the profile page
 * compare with. Read from the rank's kept score counts (migration V4), never by scanning the rank's scores.
 */
@ApplicationScoped
public class RankPeers {

    /** Peer median of one capability among the cadres of one rank (the cadre itself excluded). */
    public record PeerMedian(Double median, int peers) {
    }

    @Inject EntityManager em;

    /**
     * Median score per capability among active peers of the same rank level, the cadre excluded: from the rank's kept
     * counts, without the cadre's own score when the cadre is counted among them (active, and scored).
     */
    @SuppressWarnings("unchecked")
    public Map<Capability, PeerMedian> mediansFor(CadreRef cadre) {
        PeerScores rank = scores(cadre.rankLevel());
        Map<Capability, Integer> own = new EnumMap<>(Capability.class);
        if (cadre.active()) {
            ((List<Object[]>) em.createNativeQuery("SELECT capability, score FROM capability_score WHERE cadre_id = :cadre")
                    .setParameter("cadre", cadre.id()).getResultList())
                    .forEach(r -> own.put(Capability.valueOf((String) r[0]), ((Number) r[1]).intValue()));
        }
        Map<Capability, PeerMedian> medians = new EnumMap<>(Capability.class);
        for (Capability capability : Capability.values()) {
            PeerScores.Median median = own.containsKey(capability)
                    ? rank.medianWithout(capability, own.get(capability)) : rank.median(capability);
            if (median.peers() > 0) {
                medians.put(capability, new PeerMedian(median.median(), median.peers()));
            }
        }
        return medians;
    }

    /** The scores of every active cadre of the rank, per capability, from the kept counts (migration V4). */
    @SuppressWarnings("unchecked")
    PeerScores scores(RankLevel rank) {
        List<Object[]> rows = em.createNativeQuery(
                "SELECT capability, score, cadres FROM rank_score_count WHERE rank_level = :rank AND cadres > 0")
                .setParameter("rank", rank.name()).getResultList();
        Map<Capability, Map<Integer, Integer>> counts = new EnumMap<>(Capability.class);
        rows.forEach(r -> counts.computeIfAbsent(Capability.valueOf((String) r[0]), k -> new HashMap<>())
                .put(((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
        return PeerScores.ofCounts(counts);
    }
}
