package org.benling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.benling.notification.rest.api.UnreadCount;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;

/** The caller marks notifications read: one, or all. Marking one read twice changes nothing. */
@ApplicationScoped
public class NotificationCommands {

    @Inject EntityManager em;
    @Inject NotificationQueries queries;
    @Inject Caller caller;
    @Inject Clock clock;

    /** Marks one of the caller's notifications read; one addressed to somebody else is "not found". */
    @Transactional
    public UnreadCount markRead(UUID id) {
        if (!queries.isForCaller(id)) {
            throw ProblemException.notFound("Notification", id);
        }
        record(List.of(id));
        return queries.unread();
    }

    /** Marks every notification of the caller read. */
    @Transactional
    public UnreadCount markAllRead() {
        record(queries.unreadIds());
        return queries.unread();
    }

    private void record(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.createNativeQuery("INSERT INTO notification_read (notification_id, username, read_at)"
                + " SELECT id, :reader, :at FROM unnest(CAST(:ids AS uuid[])) AS id ON CONFLICT DO NOTHING")
                .setParameter("reader", caller.name())
                .setParameter("at", clock.instant())
                .setParameter("ids", ids.toArray(UUID[]::new))
                .executeUpdate();
    }
}
