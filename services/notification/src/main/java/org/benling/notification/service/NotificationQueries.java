package org.benling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.benling.notification.domain.NoticeKind;
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
        return filter.pageRows(em, "n.id, n.kind, n.params::text, n.link, n.cadre_id, c.name, n.created_at,"
                + " r.read_at IS NOT NULL", "n.id", page, rows -> rows.stream().map(r -> {
                    NoticeKind kind = NoticeKind.valueOf((String) r[1]);
                    String cadreName = (String) r[5];
                    return new NotificationView((UUID) r[0], kind,
                            kind.wording().render(lang, Params.read((String) r[2], cadreName)), (String) r[3],
                            (UUID) r[4], cadreName, TodoQueries.toInstant(r[6]), (Boolean) r[7]);
                }).toList());
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
