package org.benling.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a to-do and a notification have alike: what it is about in its owner's service, the cadre it concerns, who
 * it is for, the params its title is worded with, the web app's page it links to, and when it came.
 */
@MappedSuperclass
public abstract class Addressed extends PanacheEntityBase {

    @Id
    public UUID id;

    /** What it is about in its owner's service (a posting's id). */
    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    /** The cadre it concerns, if any. */
    @Column(name = "cadre_id")
    public UUID cadreId;

    @Embedded
    public Audience audience;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> params;

    /** The web app's page where it is done, or that it is about. */
    @Column(nullable = false)
    public String link;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected void address(UUID subjectId, UUID cadreId, Audience audience, Map<String, String> params, String link,
            Instant at) {
        this.id = UUID.randomUUID();
        this.subjectId = subjectId;
        this.cadreId = cadreId;
        this.audience = audience;
        this.params = Map.copyOf(params);
        this.link = link;
        this.createdAt = at;
    }
}
