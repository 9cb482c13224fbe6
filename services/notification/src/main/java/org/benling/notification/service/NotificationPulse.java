package org.benling.notification.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tells this instance's open notification streams that something may have changed. Every 2 seconds
 * ({@code benling.notification.pulse-every}), while a stream is open here, it reads two figures from the shared
 * tables, the newest notification and the newest read mark (an index look-up each); when either moved, it signals
 * every stream, and each then reads its own reader's unread count. Any instance sees what another wrote (a consumer
 * on one instance, a stream on another) without a broker of its own, within one pulse.
 */
@ApplicationScoped
public class NotificationPulse {

    private final BroadcastProcessor<String> changes = BroadcastProcessor.create();
    private final AtomicInteger open = new AtomicInteger();
    private volatile String last = "";

    @Inject EntityManager em;

    @Scheduled(identity = "notification-pulse", executeWith = Scheduled.SIMPLE, every = "{benling.notification.pulse-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void pulse() {
        if (open.get() == 0) {
            return;
        }
        String now = String.valueOf(em.createNativeQuery("SELECT concat((SELECT max(created_at) FROM notification), '/',"
                + " (SELECT max(read_at) FROM notification_read))").getSingleResult());
        if (!now.equals(last)) {
            last = now;
            changes.onNext(now);
        }
    }

    /** Signals that something may have changed. */
    public Multi<String> changes() {
        return changes;
    }

    void opened() {
        open.incrementAndGet();
    }

    void closed() {
        open.decrementAndGet();
    }
}
