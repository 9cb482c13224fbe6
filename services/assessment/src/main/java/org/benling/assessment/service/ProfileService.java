package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.benling.assessment.domain.Gap;
import org.benling.assessment.domain.rules.AssessmentPolicy;
import org.benling.assessment.domain.rules.CapabilityScoring;
import org.benling.assessment.domain.rules.DailyEvidencePolicy;
import org.benling.assessment.domain.rules.Evidence;
import org.benling.assessment.domain.rules.GapRule;
import org.benling.assessment.domain.rules.PeerScores;
import org.benling.assessment.events.AssessmentEventPublisher;
import org.benling.contracts.Capability;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;

/**
 * Keeps each cadre's capability profile current: recomputed from the evidence whenever it changes, compared
 * with the threshold and the peers at the same rank, gaps opened (CapabilityGapIdentified) and closed (GapClosed).
 */
@ApplicationScoped
public class ProfileService {

    @Inject EntityManager em;
    @Inject EvidenceStore evidence;
    @Inject CadreDirectory cadres;
    @Inject RankPeers rankPeers;
    @Inject AssessmentEventPublisher events;
    @Inject ProfileChanges changes;
    @Inject AssessmentPolicy policy;
    @Inject DailyEvidencePolicy daily;
    @Inject Clock clock;
    @Inject TransactionSynchronizationRegistry transactions;

    /** The transaction's resource holding the cadres whose profiles are to be recomputed before it commits. */
    private static final Object PENDING = new Object();

    /** Recompute the cadre's profile and gaps; in the caller's transaction (with its inbox row or review change). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Capability, CapabilityScoring.Score> recompute(UUID cadreId) {
        return recompute(List.of(cadreId)).get(cadreId);
    }

    /**
     * Recompute these cadres' profiles and gaps in the caller's transaction, in a fixed number of statements whatever
     * their number: the evidence of all (five), the scores (one), the cadres (one), the peers' scores per rank among
     * them (one each) and their open gaps (one); then a statement per gap that opens or closes.
     *
     * <p>Each cadre is compared with its peers' scores as they stand once all of them are stored (one after the other,
     * the first would be compared with the others' scores from before).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Map<Capability, CapabilityScoring.Score>> recompute(Collection<UUID> cadreIds) {
        if (cadreIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Map<UUID, Evidence> evidence = this.evidence.of(new LinkedHashSet<>(cadreIds));
        Map<UUID, Map<Capability, CapabilityScoring.Score>> profiles = new LinkedHashMap<>();
        evidence.forEach((cadre, ev) -> profiles.put(cadre, CapabilityScoring.score(ev, today, policy, daily)));
        Map<UUID, Map<Capability, Integer>> before = changes.stored(profiles.keySet());
        store(profiles, now);
        changes.announce(before, profiles, today);

        List<CadreRef> active = cadres.findAll(cadreIds).values().stream().filter(CadreRef::active).toList();
        if (active.isEmpty()) {
            return profiles;
        }
        Map<RankLevel, PeerScores> peers = new EnumMap<>(RankLevel.class);
        active.forEach(c -> peers.computeIfAbsent(c.rankLevel(), rankPeers::scores));
        Map<UUID, Map<Capability, Gap>> open = new HashMap<>();
        Gap.<Gap>list("cadreId in ?1 and status = ?2", active.stream().map(CadreRef::id).toList(), Gap.Status.OPEN)
                .forEach(g -> open.computeIfAbsent(g.cadreId, k -> new EnumMap<>(Capability.class)).put(g.capability, g));
        for (CadreRef cadre : active) {
            int year = evidence.get(cadre.id()).rating().map(Evidence.Rating::year).orElse(today.getYear());
            Map<Capability, Gap> openOfCadre = open.getOrDefault(cadre.id(), Map.of());
            for (CapabilityScoring.Score s : profiles.get(cadre.id()).values()) {
                PeerScores.Median median = peers.get(cadre.rankLevel()).medianWithout(s.capability(), s.score());
                gap(cadre, s, GapRule.evaluate(s.score(), Optional.ofNullable(median.median()), median.peers(), policy),
                        year, now, Optional.ofNullable(openOfCadre.get(s.capability())));
            }
        }
        return profiles;
    }

    /**
     * Recompute the cadre's profile just before the current transaction commits, once however often it is asked in
     * that transaction: a consumer applying a batch of events about many cadres calls {@link #recomputePending} once
     * its handlers are through.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recomputeBeforeCommit(UUID cadreId) {
        @SuppressWarnings("unchecked")
        Set<UUID> pending = (Set<UUID>) transactions.getResource(PENDING);
        if (pending == null) {
            Set<UUID> asked = new LinkedHashSet<>();
            transactions.putResource(PENDING, asked);
            // whoever asked must also have them recomputed before the commit: a profile left stale would be a silent error
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    if (!asked.isEmpty()) {
                        throw new IllegalStateException("the profiles of " + asked + " were to be recomputed before the"
                                + " commit, but recomputePending() was not called");
                    }
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
            pending = asked;
        }
        pending.add(cadreId);
    }

    /** Recompute, all at once, the profiles {@link #recomputeBeforeCommit} collected in this transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recomputePending() {
        @SuppressWarnings("unchecked")
        Set<UUID> pending = (Set<UUID>) transactions.getResource(PENDING);
        if (pending != null && !pending.isEmpty()) {
            List<UUID> cadreIds = List.copyOf(pending);
            pending.clear();
            recompute(cadreIds);
        }
    }

    /** Upserts the scores of many cadres in one statement. */
    private void store(Map<UUID, Map<Capability, CapabilityScoring.Score>> profiles, Instant now) {
        List<UUID> cadreIds = new ArrayList<>();
        List<String> capabilities = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        List<String> components = new ArrayList<>();
        profiles.forEach((cadre, profile) -> profile.values().forEach(s -> {
            cadreIds.add(cadre);
            capabilities.add(s.capability().name());
            scores.add(s.score());
            components.add(Scores.write(s.components()));
        }));
        em.createNativeQuery("""
                INSERT INTO capability_score (cadre_id, capability, score, components, computed_at)
                SELECT t.cadre, t.capability, t.score, CAST(t.components AS jsonb), :now
                FROM unnest(CAST(:cadres AS uuid[]), CAST(:capabilities AS text[]), CAST(:scores AS integer[]),
                            CAST(:components AS text[])) AS t(cadre, capability, score, components)
                ON CONFLICT (cadre_id, capability) DO UPDATE SET score = EXCLUDED.score,
                  components = EXCLUDED.components, computed_at = EXCLUDED.computed_at""")
                .setParameter("cadres", cadreIds.toArray(UUID[]::new))
                .setParameter("capabilities", capabilities.toArray(String[]::new))
                .setParameter("scores", scores.toArray(Integer[]::new))
                .setParameter("components", components.toArray(String[]::new))
                .setParameter("now", now).executeUpdate();
    }

    private void gap(CadreRef cadre, CapabilityScoring.Score score, Optional<GapRule.Gap> found, int year, Instant now,
            Optional<Gap> open) {
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

    /** Keep these cadres' profiles as they stood when a cycle was finalised (their history per cycle). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void snapshot(Collection<UUID> cadreIds, int year) {
        em.createNativeQuery("""
                INSERT INTO profile_snapshot (cadre_id, year, capability, score, components)
                SELECT cadre_id, :year, capability, score, components FROM capability_score WHERE cadre_id = ANY(:cadres)
                ON CONFLICT (cadre_id, year, capability) DO UPDATE SET score = EXCLUDED.score,
                  components = EXCLUDED.components""").setParameter("cadres", cadreIds.toArray(UUID[]::new))
                .setParameter("year", year).executeUpdate();
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
