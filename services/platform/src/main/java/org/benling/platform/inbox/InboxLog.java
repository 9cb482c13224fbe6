package org.benling.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.events.CloudEvent;

/**
 * The events each consumer has applied ({@code inbox_event}), written in the transaction of their effect: an event
 * whose id is there already is a duplicate. Also the inbox's counts ({@code benling.inbox.events} by consumer and
 * outcome).
 */
@ApplicationScoped
class InboxLog {

    @Inject EntityManager em;
    @Inject io.micrometer.core.instrument.MeterRegistry metrics;

    /** Records the event for the consumer, in the caller's transaction; false when it was recorded before. */
    boolean record(String consumer, CloudEvent event) {
        return em.createNativeQuery("""
                INSERT INTO inbox_event (consumer, event_id, event_type) VALUES (:consumer, :id, :type)
                ON CONFLICT DO NOTHING""")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .executeUpdate() == 1;
    }

    /**
     * Records a batch's events in one statement (one per event was a third of a consumer's statements): the ids of those
     * the inbox did not know, in the caller's transaction.
     */
    Set<UUID> recordAll(String consumer, List<CloudEvent> batch) {
        Map<UUID, String> events = new LinkedHashMap<>();
        for (CloudEvent event : batch) {
            events.putIfAbsent(event.id(), event.type());
        }
        @SuppressWarnings("unchecked")
        List<UUID> recorded = em.createNativeQuery("""
                INSERT INTO inbox_event (consumer, event_id, event_type)
                SELECT :consumer, e.id, e.type FROM unnest(CAST(:ids AS uuid[]), CAST(:types AS text[])) AS e(id, type)
                ON CONFLICT DO NOTHING
                RETURNING event_id""")
                .setParameter("consumer", consumer)
                .setParameter("ids", events.keySet().toArray(UUID[]::new))
                .setParameter("types", events.values().toArray(String[]::new))
                .getResultList();
        return new HashSet<>(recorded);
    }

    void count(String consumer, String outcome) {
        metrics.counter("benling.inbox.events", "consumer", consumer, "outcome", outcome).increment();
    }
}
