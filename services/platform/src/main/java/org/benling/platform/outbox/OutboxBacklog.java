package org.benling.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The outbox's backlog as gauges — rows not yet acknowledged by Kafka, and the age of the oldest — which the
 * BenlingOutboxBacklog alert reads. Refreshed by the relay after a round that sent something, and otherwise every
 * few seconds (no count query every 200 ms).
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);
    private static final long IDLE_REFRESH_NANOS = 5_000_000_000L;

    @Inject EntityManager em;

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingAgeSeconds = new AtomicLong();
    private volatile long refreshedAt;

    @Inject
    void registerGauges(MeterRegistry registry) {
        Gauge.builder("benling.outbox.pending", pending, AtomicLong::get)
                .description("Outbox rows not yet acknowledged by Kafka").register(registry);
        Gauge.builder("benling.outbox.oldest.pending.age", oldestPendingAgeSeconds, AtomicLong::get)
                .baseUnit("seconds").description("Age of the oldest unpublished outbox row").register(registry);
    }

    /** After a relay round: at once when it sent something, else when the last refresh is a few seconds old. */
    void refresh(boolean sentSome) {
        if (!sentSome && System.nanoTime() - refreshedAt < IDLE_REFRESH_NANOS) {
            return;
        }
        refreshedAt = System.nanoTime();
        try {
            // the age against the database's clock, the one that stamped created_at
            Object[] stats = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                    SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)
                    FROM outbox_event WHERE sent_at IS NULL""").getSingleResult());
            pending.set(((Number) stats[0]).longValue());
            oldestPendingAgeSeconds.set(((Number) stats[1]).longValue());
        } catch (RuntimeException e) {
            LOG.debugf("outbox gauges not refreshed: %s", e.getMessage());
        }
    }
}
