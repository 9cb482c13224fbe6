package org.benling.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Something a person is told (a posting waits for approval, a posting was approved); each reader marks it read. */
@Entity
@Table(name = "notification")
public class Notification extends Addressed {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeKind kind;

    /** When its people were found and its mails queued (MailDispatch); null until then. */
    @Column(name = "dispatched_at")
    public Instant dispatchedAt;

    /** Its people were found and its mails queued. */
    public void dispatched(Instant at) {
        this.dispatchedAt = at;
    }

    public static Notification of(NoticeKind kind, UUID subjectId, UUID cadreId, Audience audience,
            Map<String, String> params, String link, Instant at) {
        Notification n = new Notification();
        n.address(subjectId, cadreId, audience, params, link, at);
        n.kind = kind;
        return n;
    }
}
