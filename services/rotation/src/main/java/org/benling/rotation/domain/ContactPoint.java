package org.benling.rotation.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.hibernate.envers.Audited;

/**
 * A leader's grassroots contact point (基层联系点): a place kept in touch with from a day on, visited and its problems
 * helped with (ContactVisit). One kept at a time; an ended one stays on record. Audited.
 */
@Entity
@Table(name = "contact_point")
@Audited
public class ContactPoint extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    /** The cadre's unit when the point was taken up (whose HR office keeps it). */
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public String place;

    public String description;

    @Column(nullable = false)
    public LocalDate since;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** A point kept from {@code since} (not after today). */
    public static ContactPoint takeUp(UUID cadreId, UUID unitId, String place, String description, LocalDate since,
            String by, Instant at, LocalDate today) {
        if (since.isAfter(today)) {
            throw ProblemException.invalidField("since", "must not be in the future / 建立日期不能晚于今天");
        }
        ContactPoint p = new ContactPoint();
        p.id = UUID.randomUUID();
        p.cadreId = cadreId;
        p.unitId = unitId;
        p.place = place.strip();
        p.description = description == null || description.isBlank() ? null : description.strip();
        p.since = since;
        p.createdBy = by;
        p.createdAt = at;
        return p;
    }

    public boolean current() {
        return endedOn == null;
    }

    /**
     * A visit on {@code visitedOn}, while the point is kept and not after today: what was learned, the problems raised
     * and how many were solved, and how. Every missing or wrong part is refused at once.
     */
    public ContactVisit visit(LocalDate visitedOn, String learned, String problemsRaised, int problemsSolved,
            String solutions, String by, Instant at, LocalDate today) {
        List<Problem.Violation> wrong = new ArrayList<>();
        if (visitedOn.isAfter(today) || visitedOn.isBefore(since) || endedOn != null && visitedOn.isAfter(endedOn)) {
            wrong.add(new Problem.Violation("visitedOn", "between " + since + " and " + (endedOn == null ? "today" : endedOn)
                    + " / 走访日期须在联系期间内且不晚于今天"));
        }
        if (problemsSolved > 0 && (solutions == null || solutions.isBlank())) {
            wrong.add(new Problem.Violation("solutions", "say how the problems were solved / 请填写解决情况"));
        }
        if (!wrong.isEmpty()) {
            throw ProblemException.invalid("the visit is incomplete / 走访记录有误", wrong);
        }
        ContactVisit v = new ContactVisit();
        v.id = UUID.randomUUID();
        v.contactPointId = id;
        v.visitedOn = visitedOn;
        v.learned = learned.strip();
        v.problemsRaised = problemsRaised == null || problemsRaised.isBlank() ? null : problemsRaised.strip();
        v.problemsSolved = problemsSolved;
        v.solutions = solutions == null || solutions.isBlank() ? null : solutions.strip();
        v.recordedBy = by;
        v.recordedAt = at;
        return v;
    }

    /** No longer kept from the day after {@code on} (not before it was taken up, not after today). */
    public void end(LocalDate on, LocalDate today) {
        if (endedOn != null) {
            throw ProblemException.conflict("invalid-transition", "the contact point has ended already / 联系点已结束");
        }
        if (on.isBefore(since) || on.isAfter(today)) {
            throw ProblemException.invalidField("on", "between " + since + " and today / 结束日期有误");
        }
        endedOn = on;
    }
}
