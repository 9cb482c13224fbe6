package org.benling.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Something a person must do, opened by an owner's event (a posting proposed) and closed by another (approved:
 * done; cancelled: withdrawn). Nobody closes a to-do by hand: it is closed when the owner says the work is done.
 */
@Entity
@Table(name = "todo")
public class Todo extends PanacheEntityBase {

    @Schema(name = "TodoStatus")
    public enum Status { OPEN, DONE, WITHDRAWN }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TodoKind kind;

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

    /** The web app's page where it is done. */
    @Column(nullable = false)
    public String link;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;

    /** A to-do of {@code kind} about {@code subjectId} for its kind's role within the reach of the given unit. */
    public static Todo open(TodoKind kind, UUID subjectId, UUID cadreId, Audience audience, Map<String, String> params,
            String link, LocalDate dueOn, Instant at) {
        Todo t = new Todo();
        t.id = UUID.randomUUID();
        t.kind = kind;
        t.subjectId = subjectId;
        t.cadreId = cadreId;
        t.audience = audience;
        t.params = Map.copyOf(params);
        t.link = link;
        t.dueOn = dueOn;
        t.status = Status.OPEN;
        t.createdAt = at;
        return t;
    }

    public static Optional<Todo> of(TodoKind kind, UUID subjectId) {
        return find("kind = ?1 and subjectId = ?2", kind, subjectId).firstResultOptional();
    }

    /**
     * The owner's event says the work is done ({@link Status#DONE}) or no longer asked ({@link Status#WITHDRAWN}).
     * A to-do closed already stays as it was closed: events about the same thing may come again.
     *
     * @return whether this closed it
     */
    public boolean close(Status outcome, Instant at) {
        if (outcome == Status.OPEN) {
            throw new IllegalArgumentException("a to-do is closed as done or withdrawn");
        }
        if (status != Status.OPEN) {
            return false;
        }
        status = outcome;
        closedAt = at;
        return true;
    }
}
