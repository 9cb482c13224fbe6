package org.benling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.benling.notification.domain.Notification;
import org.benling.notification.rest.api.NotificationView;
import org.benling.notification.rest.api.UnreadCount;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.security.Caller;
import org.benling.platform.web.CallerLanguage;

/** The caller's notifications, newest first, each with whether the caller has read it; a page in one statement. */
@ApplicationScoped
public class NotificationQueries {

    @Inject EntityManager em;
    @Inject Recipients recipients;
    @Inject Caller caller;
    @Inject CallerLanguage language;

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
        return new UnreadCount(addressedToCaller().andIf(true, "r.notification_id IS NULL").count(em));
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
        NativeFilter filter = new NativeFilter(" FROM notification n LEFT JOIN cadre_view c ON c.id = n.cadre_id"
                + " LEFT JOIN notification_read r ON r.notification_id = n.id AND r.username = :reader")
                .bind("reader", caller.name());
        return recipients.addressedToCaller(filter, "n");
    }
}
