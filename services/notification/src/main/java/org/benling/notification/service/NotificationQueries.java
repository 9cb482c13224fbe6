package org.benling.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.benling.notification.config.NotificationPolicy;
import org.benling.notification.domain.Notification;
import org.benling.notification.rest.api.NotificationView;
import org.benling.notification.rest.api.UnreadCount;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.web.CallerLanguage;

/** The caller's notifications, newest first, each with whether the caller has read it; a page in one statement. */
@ApplicationScoped
public class NotificationQueries {

    @Inject EntityManager em;
    @Inject Recipients recipients;
    @Inject CallerLanguage language;
    @Inject NotificationPulse pulse;
    @Inject NotificationPolicy policy;

    /** The caller's notifications; only the unread ones when {@code unreadOnly}. */
    public PageResult<NotificationView> mine(boolean unreadOnly, PageQuery page) {
        NativeFilter filter = addressedToCaller().andIf(unreadOnly, "r.notification_id IS NULL");
        String lang = language.get();
        return filter.pageOf(em, Notification.class, "n.id", "c.name, r.read_at IS NOT NULL", page, (n, row) -> {
            String cadreName = (String) row[1];
            return new NotificationView(n.id, n.kind, n.kind.wording().render(lang, Params.withCadre(n.params, cadreName)),
                    n.link, n.cadreId, cadreName, n.createdAt, (Boolean) row[2]);
        });
    }

    public UnreadCount unread() {
        return unread(recipients.caller());
    }

    /** How many of {@code reader}'s notifications are unread. */
    public UnreadCount unread(Reader reader) {
        return new UnreadCount(addressedTo(reader).andIf(true, "r.notification_id IS NULL").count(em));
    }

    /**
     * The caller's unread count as it changes: once at once, then whenever the pulse says something may have changed,
     * and every {@code benling.notification.stream-heartbeat} besides (an idle connection is not cut by a proxy, and a
     * change a pulse missed is sent all the same). The same count may come twice; a client sets it again.
     */
    public Multi<UnreadCount> unreadStream() {
        Reader reader = recipients.caller();
        Multi<String> wakes = Multi.createBy().merging().streams(Multi.createFrom().item("open"), pulse.changes(),
                Multi.createFrom().ticks().every(policy.streamHeartbeat()).map(tick -> "heartbeat"));
        return wakes.emitOn(Infrastructure.getDefaultWorkerPool())
                .map(wake -> QuarkusTransaction.requiringNew().call(() -> unread(reader)))
                .onSubscription().invoke(pulse::opened)
                .onTermination().invoke(pulse::closed);
    }

    /** Whether the notification is addressed to the caller (else it is "not found" to them). */
    boolean isForCaller(UUID id) {
        return addressedToCaller().and("n.id = :id", "id", id).count(em) > 0;
    }

    /** The caller's notifications not read yet. */
    java.util.List<UUID> unreadIds() {
        return addressedToCaller().andIf(true, "r.notification_id IS NULL").ids(em, "n.id", "n.id");
    }

    private NativeFilter addressedToCaller() {
        return addressedTo(recipients.caller());
    }

    private NativeFilter addressedTo(Reader reader) {
        NativeFilter filter = new NativeFilter(" FROM notification n LEFT JOIN cadre_view c ON c.id = n.cadre_id"
                + " LEFT JOIN notification_read r ON r.notification_id = n.id AND r.username = :reader")
                .bind("reader", reader.username())
                // the kinds the caller turned off (Preferences) are not theirs to see
                .andIf(true, "NOT EXISTS (SELECT 1 FROM preferences p WHERE p.username = :reader"
                        + " AND p.channels ->> n.kind = 'OFF')");
        return recipients.addressedTo(reader, filter, "n");
    }
}
