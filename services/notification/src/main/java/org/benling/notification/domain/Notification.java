package org.benling.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Something a person is told (a posting waits for approval, a posting was approved); each reader marks it read. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeKind kind;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "cadre_id")
    public UUID cadreId;

    @Embedded
    public Audience audience;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> params;

    @Column(nullable = false)
    public String link;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Notification of(NoticeKind kind, UUID subjectId, UUID cadreId, Audience audience,
            Map<String, String> params, String link, Instant at) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.kind = kind;
        n.subjectId = subjectId;
        n.cadreId = cadreId;
        n.audience = audience;
        n.params = Map.copyOf(params);
        n.link = link;
        n.createdAt = at;
        return n;
    }
}
