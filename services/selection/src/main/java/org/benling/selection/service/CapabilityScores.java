package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.CapabilityProfileChanged;

/**
 * The capability scores assessment announces (CapabilityProfileChanged): each event replaces the cadre's scores,
 * the newest computation winning over an older one delivered late.
 */
@ApplicationScoped
public class CapabilityScores {

    @Inject EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CapabilityProfileChanged p) {
        p.scores().forEach((capability, score) -> em.createNativeQuery("""
                INSERT INTO capability_view (cadre_id, capability, score, computed_on) VALUES (:cadre, :capability, :score, :on)
                ON CONFLICT (cadre_id, capability) DO UPDATE SET score = EXCLUDED.score, computed_on = EXCLUDED.computed_on
                WHERE capability_view.computed_on <= EXCLUDED.computed_on""")
                .setParameter("cadre", p.cadreId()).setParameter("capability", capability.name())
                .setParameter("score", score).setParameter("on", p.computedOn()).executeUpdate());
    }

    /** The scores of many cadres in one statement; a cadre without any is absent. */
    public Map<UUID, Map<Capability, Integer>> of(Collection<UUID> cadreIds) {
        Map<UUID, Map<Capability, Integer>> scores = new HashMap<>();
        if (cadreIds.isEmpty()) {
            return scores;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT cadre_id, capability, score FROM capability_view"
                + " WHERE cadre_id = ANY(:ids)").setParameter("ids", cadreIds.toArray(UUID[]::new)).getResultList();
        for (Object[] r : rows) {
            scores.computeIfAbsent((UUID) r[0], k -> new EnumMap<>(Capability.class))
                    .put(Capability.valueOf((String) r[1]), ((Number) r[2]).intValue());
        }
        return scores;
    }
}
