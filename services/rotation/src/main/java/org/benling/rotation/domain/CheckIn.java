package org.benling.rotation.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A check-in with a cadre on a posting (人文关怀): a visit, a call or a talk, what came up. */
@Entity
@Table(name = "check_in")
public class CheckIn extends PanacheEntityBase {

    @Schema(name = "CheckInMethod")
    public enum Method { VISIT, CALL, TALK, VIDEO }

    @Id
    public UUID id;

    @Column(name = "posting_id", nullable = false)
    public UUID postingId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Method method;

    @Column(nullable = false)
    public String notes;

    /** Difficulties the cadre raised (family, health, work) for HR to follow up. */
    public String concerns;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /**
     * A check-in on an active posting started on {@code startedOn}: when (between the start and today), how, and
     * what came up; every missing part is refused at once.
     */
    /** The day of the posting's latest check-in (null when there is none). */
    public static LocalDate latestOf(UUID postingId) {
        return find("postingId = ?1 order by heldOn desc", postingId).<CheckIn>firstResultOptional()
                .map(c -> c.heldOn).orElse(null);
    }

    static CheckIn of(UUID postingId, LocalDate startedOn, LocalDate heldOn, Method method, String notes,
            String concerns, String by, Instant at, LocalDate today) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (heldOn == null) {
            violations.add(new Problem.Violation("heldOn", "required / 必填"));
        }
        if (method == null) {
            violations.add(new Problem.Violation("method", "required / 必填"));
        }
        if (notes == null || notes.isBlank()) {
            violations.add(new Problem.Violation("notes", "required / 必填"));
        }
        if (heldOn != null && (heldOn.isAfter(today) || heldOn.isBefore(startedOn))) {
            violations.add(new Problem.Violation("heldOn", "between the start " + startedOn + " and today"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("the check-in is incomplete / 记录不完整", violations);
        }
        CheckIn c = new CheckIn();
        c.id = UUID.randomUUID();
        c.postingId = postingId;
        c.heldOn = heldOn;
        c.method = method;
        c.notes = notes.strip();
        c.concerns = concerns == null || concerns.isBlank() ? null : concerns.strip();
        c.recordedBy = by;
        c.recordedAt = at;
        return c;
    }
}
