package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.benling.assessment.domain.Gap;
import org.benling.assessment.domain.rules.AssessmentPolicy;
import org.benling.assessment.domain.rules.CapabilityScoring;
import org.benling.assessment.domain.rules.Evidence;
import org.benling.assessment.domain.rules.GapRule;
import org.benling.assessment.events.AssessmentEventPublisher;
import org.benling.contracts.Capability;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;

/**
 * Keeps each cadre's capability profile current: recomputed from the evidence whenever it changes, compared
 * with the threshold and the peers at the same rank, gaps opened (CapabilityGapIdentified) and closed (GapClosed).
 */
@ApplicationScoped
public class ProfileService {

    /** Peer median of one capability among the cadres of one rank (the cadre itself excluded). */
    public record PeerMedian(Double median, int peers) {
    }

    @Inject EntityManager em;
    @Inject EvidenceStore evidence;
    @Inject CadreDirectory cadres;
    @Inject AssessmentEventPublisher events;
    @Inject AssessmentPolicy policy;
    @Inject Clock clock;

    /** Recompute the cadre's profile and gaps; in the caller's transaction (with its inbox row or review change). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Capability, CapabilityScoring.Score> recompute(UUID cadreId) {
        LocalDate today = LocalDate.now(clock);
        Evidence ev = evidence.of(cadreId);
        Map<Capability, CapabilityScoring.Score> profile = CapabilityScoring.score(ev, today, policy);
        Instant now = clock.instant();
        for (CapabilityScoring.Score s : profile.values()) {
            em.createNativeQuery("""
                    INSERT INTO capability_score (cadre_id, capability, score, components, computed_at)
                    VALUES (:cadre, :capability, :score, CAST(:components AS jsonb), :now)
                    ON CONFLICT (cadre_id, capability) DO UPDATE SET score = EXCLUDED.score,
                      components = EXCLUDED.components, computed_at = EXCLUDED.computed_at""")
                    .setParameter("cadre", cadreId).setParameter("capability", s.capability().name())
                    .setParameter("score", s.score()).setParameter("components", Scores.write(s.components()))
                    .setParameter("now", now).executeUpdate();
        }
        Optional<CadreRef> cadre = cadres.find(cadreId);
        if (cadre.isPresent() && cadre.get().active()) {
            int year = ev.rating().map(Evidence.Rating::year).orElse(today.getYear());
            Map<Capability, PeerMedian> medians = peerMedians(cadre.get());
            for (CapabilityScoring.Score s : profile.values()) {
                PeerMedian peers = medians.getOrDefault(s.capability(), new PeerMedian(null, 0));
                gap(cadre.get(), s, GapRule.evaluate(s.score(), Optional.ofNullable(peers.median()), peers.peers(), policy),
                        year, now);
            }
        }
        return profile;
    }

    private void gap(CadreRef cadre, CapabilityScoring.Score score, Optional<GapRule.Gap> found, int year, Instant now) {
        Optional<Gap> open = Gap.find("cadreId = ?1 and capability = ?2 and status = ?3", cadre.id(), score.capability(),
                Gap.Status.OPEN).firstResultOptional();
        if (found.isPresent() && open.isEmpty()) {
            Gap gap = new Gap();
            gap.id = UUID.randomUUID();
            gap.cadreId = cadre.id();
            gap.unitId = cadre.unitId();
            gap.capability = score.capability();
            gap.reason = found.get().reason();
            gap.score = score.score();
            gap.threshold = found.get().threshold();
            gap.explanation = found.get().explanation();
            gap.cycleYear = year;
            gap.openedAt = now;
            gap.persist();
            events.gapIdentified(gap);
        } else if (found.isEmpty() && open.isPresent()) {
            Gap gap = open.get();
            gap.status = Gap.Status.CLOSED;
            gap.closedAt = now;
            gap.closedScore = score.score();
            events.gapClosed(gap);
        } else if (found.isPresent()) {
            open.get().stillBelow(score.score(), found.get());
        }
    }

    /** Median score per capability among active peers of the same rank level, the cadre excluded. */
    @SuppressWarnings("unchecked")
    public Map<Capability, PeerMedian> peerMedians(CadreRef cadre) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.capability, percentile_cont(0.5) WITHIN GROUP (ORDER BY s.score), count(*)
                FROM capability_score s JOIN cadre_view c ON c.id = s.cadre_id
                WHERE c.rank_level = :rank AND c.active AND s.cadre_id <> :cadre
                GROUP BY s.capability""").setParameter("rank", cadre.rankLevel().name())
                .setParameter("cadre", cadre.id()).getResultList();
        Map<Capability, PeerMedian> medians = new EnumMap<>(Capability.class);
        rows.forEach(r -> medians.put(Capability.valueOf((String) r[0]),
                new PeerMedian(((Number) r[1]).doubleValue(), ((Number) r[2]).intValue())));
        return medians;
    }

    /** Keep the profile as it stood when a cycle was finalised (its history per cycle). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void snapshot(UUID cadreId, int year) {
        em.createNativeQuery("""
                INSERT INTO profile_snapshot (cadre_id, year, capability, score, components)
                SELECT cadre_id, :year, capability, score, components FROM capability_score WHERE cadre_id = :cadre
                ON CONFLICT (cadre_id, year, capability) DO UPDATE SET score = EXCLUDED.score,
                  components = EXCLUDED.components""").setParameter("cadre", cadreId).setParameter("year", year)
                .executeUpdate();
    }

    /** The stored profile: score and explanation per capability (empty when nothing was ever computed). */
    @SuppressWarnings("unchecked")
    public Map<Capability, CapabilityScoring.Score> current(UUID cadreId) {
        List<Object[]> rows = em.createNativeQuery(
                "SELECT capability, score, CAST(components AS text) FROM capability_score WHERE cadre_id = :cadre")
                .setParameter("cadre", cadreId).getResultList();
        Map<Capability, CapabilityScoring.Score> profile = new EnumMap<>(Capability.class);
        rows.forEach(r -> {
            Capability c = Capability.valueOf((String) r[0]);
            profile.put(c, new CapabilityScoring.Score(c, ((Number) r[1]).intValue(), Scores.components((String) r[2])));
        });
        return profile;
    }

    /** Scores per capability for each finalised cycle year, oldest first. */
    @SuppressWarnings("unchecked")
    public Map<Integer, Map<Capability, Integer>> history(UUID cadreId) {
        List<Object[]> rows = em.createNativeQuery(
                "SELECT year, capability, score FROM profile_snapshot WHERE cadre_id = :cadre ORDER BY year")
                .setParameter("cadre", cadreId).getResultList();
        Map<Integer, Map<Capability, Integer>> history = new TreeMap<>();
        rows.forEach(r -> history.computeIfAbsent(((Number) r[0]).intValue(), y -> new EnumMap<>(Capability.class))
                .put(Capability.valueOf((String) r[1]), ((Number) r[2]).intValue()));
        return history;
    }

    public List<Gap> gaps(UUID cadreId) {
        return new ArrayList<>(Gap.<Gap>list("cadreId = ?1 order by openedAt desc", cadreId));
    }
}
