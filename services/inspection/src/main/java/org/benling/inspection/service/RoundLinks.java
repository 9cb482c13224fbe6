package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A round's link tables, read and written in SQL: the units it inspects ({@code round_target}) and, for a
 * follow-up round (回头看), the findings it re-checks with their outcome ({@code recheck}).
 */
@ApplicationScoped
public class RoundLinks {

    @Inject EntityManager em;

    /** The units the round inspects. */
    @SuppressWarnings("unchecked")
    public List<UUID> targets(UUID roundId) {
        return em.createNativeQuery("SELECT unit_id FROM round_target WHERE round_id = :r").setParameter("r", roundId)
                .getResultList();
    }

    /** The findings a follow-up round re-checks. */
    @SuppressWarnings("unchecked")
    public List<UUID> rechecks(UUID roundId) {
        return em.createNativeQuery("SELECT finding_id FROM recheck WHERE round_id = :r").setParameter("r", roundId)
                .getResultList();
    }

    /** Links a new round (already flushed) to the units it inspects and the findings it re-checks. */
    public void link(UUID roundId, Collection<UUID> targets, Collection<UUID> rechecks) {
        for (UUID target : targets) {
            em.createNativeQuery("INSERT INTO round_target (round_id, unit_id) VALUES (:r, :u)")
                    .setParameter("r", roundId).setParameter("u", target).executeUpdate();
        }
        for (UUID finding : rechecks) {
            em.createNativeQuery("INSERT INTO recheck (round_id, finding_id) VALUES (:r, :f)")
                    .setParameter("r", roundId).setParameter("f", finding).executeUpdate();
        }
    }

    /** Records the outcome of a follow-up round's re-check of a finding. */
    public void recheckDone(UUID roundId, UUID findingId, Boolean fixed, String note, String by, Instant at) {
        em.createNativeQuery("""
                UPDATE recheck SET fixed = :fixed, note = :note, checked_by = :by, checked_at = :at
                WHERE round_id = :r AND finding_id = :f""").setParameter("fixed", fixed).setParameter("note", note)
                .setParameter("by", by).setParameter("at", at).setParameter("r", roundId)
                .setParameter("f", findingId).executeUpdate();
    }
}
