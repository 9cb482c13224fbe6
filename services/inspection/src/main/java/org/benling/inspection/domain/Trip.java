package org.benling.inspection.domain;

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
import java.util.UUID;
import org.benling.inspection.domain.rules.TravelPolicy;
import org.benling.inspection.domain.rules.TripWorkflow;
import org.benling.inspection.domain.rules.TripWorkflow.Command;
import org.benling.inspection.domain.rules.TripWorkflow.Status;
import org.benling.platform.persistence.Decision;
import org.benling.platform.problem.ProblemException;
import org.hibernate.envers.Audited;

/**
 * A private trip abroad (因私出国（境）) through its workflow (TripWorkflow): approved before the departure, the
 * passport issued by the HR office and back within the return period (TravelPolicy). Audited.
 */
@Entity
@Table(name = "trip_abroad")
@Audited
public class Trip extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "passport_id", nullable = false)
    public UUID passportId;

    @Column(nullable = false)
    public String destination;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "depart_on", nullable = false)
    public LocalDate departOn;

    @Column(name = "return_on", nullable = false)
    public LocalDate returnOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    /** The approval or refusal, or the cancellation: who, when, and the note. */
    @Embedded
    public Decision decision;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    /** The last day the passport may come back (the return day plus the return period when issued). */
    @Column(name = "passport_due")
    public LocalDate passportDue;

    @Column(name = "returned_on")
    public LocalDate returnedOn;

    @Version
    public long version;

    public static Trip request(UUID cadreId, UUID unitId, Passport passport, String destination, String purpose,
            LocalDate departOn, LocalDate returnOn, String by, Instant at) {
        Trip t = new Trip();
        t.id = UUID.randomUUID();
        t.cadreId = cadreId;
        t.unitId = unitId;
        t.passportId = passport.id;
        t.destination = destination.strip();
        t.purpose = purpose.strip();
        t.departOn = departOn;
        t.returnOn = returnOn;
        t.status = Status.REQUESTED;
        t.requestedBy = by;
        t.requestedAt = at;
        return t;
    }

    /** Approved before travel: not once the departure day has passed (no approval after the fact, 不得事后补批). */
    public void approve(String note, String by, Instant at, LocalDate today) {
        requireAllowed(Command.APPROVE);
        if (today.isAfter(departOn)) {
            throw ProblemException.ruleViolated("trip-departed", "the trip began on " + departOn
                    + "; it can no longer be approved / 出行日期已过，不得事后补批", java.util.List.of());
        }
        move(Command.APPROVE);
        decision = Decision.of(by, at, note);
    }

    public void refuse(String reason, String by, Instant at) {
        requireAllowed(Command.REFUSE);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("note", "a refusal needs a reason / 请填写不予批准的理由");
        }
        move(Command.REFUSE);
        decision = Decision.of(by, at, reason);
    }

    /** Withdrawn by the cadre or the HR office, before the passport is out. */
    public void cancel(String reason, String by, Instant at) {
        requireAllowed(Command.CANCEL);
        move(Command.CANCEL);
        decision = Decision.of(by, at, reason);
    }

    /** The HR office hands the passport out on {@code on} (not in the future, not after the trip's end). */
    public void issuePassport(Passport passport, LocalDate on, LocalDate today, TravelPolicy policy) {
        requireAllowed(Command.ISSUE_PASSPORT);
        if (on.isAfter(today)) {
            throw ProblemException.invalidField("on", "must not be in the future / 领用日期不能晚于今天");
        }
        if (on.isAfter(returnOn)) {
            throw ProblemException.invalidField("on", "must not be after the trip's end " + returnOn + " / 领用日期不能晚于回国（境）日期");
        }
        if (passport.expiresOn.isBefore(returnOn)) {
            throw ProblemException.conflict("passport-unavailable", "the passport expires on " + passport.expiresOn
                    + ", before the trip ends / 证照有效期不足");
        }
        passport.issue();
        move(Command.ISSUE_PASSPORT);
        issuedOn = on;
        passportDue = policy.passportDue(returnOn);
    }

    /** The passport is back in the office's custody on {@code on} (late after {@link #passportDue}, kept as late). */
    public void returnPassport(Passport passport, LocalDate on, LocalDate today) {
        requireAllowed(Command.RETURN_PASSPORT);
        if (on.isAfter(today)) {
            throw ProblemException.invalidField("on", "must not be in the future / 交回日期不能晚于今天");
        }
        if (on.isBefore(issuedOn)) {
            throw ProblemException.invalidField("on", "must not be before it was issued on " + issuedOn + " / 交回日期不能早于领用日期");
        }
        passport.receive();
        move(Command.RETURN_PASSPORT);
        returnedOn = on;
    }

    public boolean overdueOn(LocalDate today) {
        return passportDue != null && TravelPolicy.overdue(passportDue, returnedOn, today);
    }

    public boolean allows(Command command) {
        return TripWorkflow.allowed(status, command);
    }

    private void move(Command command) {
        status = TripWorkflow.apply(status, command);
    }

    private void requireAllowed(Command command) {
        if (!allows(command)) {
            throw ProblemException.conflict("invalid-transition", "cannot " + command.name().toLowerCase().replace('_', ' ')
                    + " a trip that is " + status.name().toLowerCase() + " / 当前状态不能执行该操作");
        }
    }
}
