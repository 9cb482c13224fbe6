package org.benling.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Something a person must do, opened by an owner's event (a posting proposed) and closed by another (approved:
 * done; cancelled: withdrawn). Nobody closes a to-do by hand: it is closed when the owner says the work is done.
 */
@Entity
@Table(name = "todo")
public class Todo extends Addressed {

    @Schema(name = "TodoStatus")
    public enum Status { OPEN, DONE, WITHDRAWN }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TodoKind kind;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;

    /** A to-do of {@code kind} about {@code subjectId} for its kind's role within the reach of the given unit. */
    public static Todo open(TodoKind kind, UUID subjectId, UUID cadreId, Audience audience, Map<String, String> params,
            String link, LocalDate dueOn, Instant at) {
        Todo t = new Todo();
        t.address(subjectId, cadreId, audience, params, link, at);
        t.kind = kind;
        t.dueOn = dueOn;
        t.status = Status.OPEN;
        return t;
    }

    /** A notification recalling this to-do to its people, {@code days} before it is due. */
    public Notification reminder(long days, Instant at) {
        Map<String, String> withDays = new java.util.HashMap<>(params);
        withDays.put("days", Long.toString(days));
        withDays.put("due", dueOn.toString());
        return Notification.of(kind.reminder(), subjectId, cadreId, audience.copy(), withDays, link, at);
    }

    public static Optional<Todo> of(TodoKind kind, UUID subjectId) {
        return find("kind = ?1 and subjectId = ?2", kind, subjectId).firstResultOptional();
    }

    /**
     * The owner asks for the work (again), due on {@code dueOn} with these params: an open to-do takes the new due
     * date; a done one is opened again (the owner sent the work back); a withdrawn one stays withdrawn.
     *
     * @return whether it is open now with another due date than before, or open again (its reminders start over)
     */
    public boolean askAgain(LocalDate due, Map<String, String> newParams) {
        if (status == Status.WITHDRAWN) {
            return false;
        }
        boolean reopened = status == Status.DONE;
        boolean moved = !Objects.equals(dueOn, due);
        status = Status.OPEN;
        closedAt = null;
        dueOn = due;
        params = Map.copyOf(newParams);
        return reopened || moved;
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
