package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.assessment.domain.rules.CapabilityScoring;
import org.benling.assessment.events.AssessmentEventPublisher;
import org.benling.contracts.Capability;

/**
 * Which recomputed profiles changed, announced as {@code CapabilityProfileChanged} (selection weighs the scores for
 * succession): the stored scores are read before the new ones replace them, and a profile whose scores moved is
 * published in the same transaction; the same scores computed again are not news.
 */
@ApplicationScoped
public class ProfileChanges {

    @Inject EntityManager em;
    @Inject AssessmentEventPublisher events;

    /** The scores stored for these cadres, in one statement; a cadre never computed is absent. */
    Map<UUID, Map<Capability, Integer>> stored(Collection<UUID> cadreIds) {
        Map<UUID, Map<Capability, Integer>> stored = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT cadre_id, capability, score FROM capability_score"
                + " WHERE cadre_id = ANY(:ids)").setParameter("ids", cadreIds.toArray(UUID[]::new)).getResultList();
        for (Object[] r : rows) {
            stored.computeIfAbsent((UUID) r[0], k -> new EnumMap<>(Capability.class))
                    .put(Capability.valueOf((String) r[1]), ((Number) r[2]).intValue());
        }
        return stored;
    }

    /** Announces each profile whose scores differ from {@code before}. */
    void announce(Map<UUID, Map<Capability, Integer>> before,
            Map<UUID, Map<Capability, CapabilityScoring.Score>> profiles, LocalDate today) {
        profiles.forEach((cadre, profile) -> {
            Map<Capability, Integer> scores = new EnumMap<>(Capability.class);
            profile.values().forEach(s -> scores.put(s.capability(), s.score()));
            if (!scores.equals(before.getOrDefault(cadre, Map.of()))) {
                events.profileChanged(cadre, scores, today);
            }
        });
    }
}
