package org.benling.platform.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Deletes the kept answers of {@link IdempotentRequests} once they are older than the retention. */
@ApplicationScoped
public class IdempotentRequestPurge {

    @Inject EntityManager em;
    @Inject Clock clock;

    @ConfigProperty(name = "benling.idempotency.retention", defaultValue = "PT24H")
    Duration retention;

    /** On every instance: deleting twice does no harm, so no claim of the fire time is needed. */
    @Scheduled(every = "1h", delayed = "5m", identity = "idempotency-purge")
    void purge() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM idempotent_request WHERE created_at < :cutoff")
                .setParameter("cutoff", clock.instant().minus(retention)).executeUpdate());
    }
}
