package org.benling.rotation.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.contracts.rotation.PostingCompleted.Evaluation;
import org.benling.platform.persistence.Decision;
import org.benling.platform.persistence.EnumSetColumn;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.rotation.domain.rules.PostingWorkflow;
import org.benling.rotation.domain.rules.PostingWorkflow.Command;
import org.benling.rotation.domain.rules.PostingWorkflow.Status;
import org.benling.rotation.domain.rules.Region;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A practice posting (挂职锻炼、交流轮岗…) of one cadre: where, when, why, its workflow with who decided when,
 * and the host's closing evaluation. Audited.
 */
@Entity
@Table(name = "posting")
@Audited
public class Posting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    /** The cadre's unit when proposed: whose HR manages the posting. */
    @Column(name = "home_unit_id", nullable = false)
    public UUID homeUnitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "home_region")
    public Region homeRegion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PostingType type;

    /** The host when it is a unit of the bureau's tree; null for an external organisation. */
    @Column(name = "host_unit_id")
    public UUID hostUnitId;

    @Column(name = "host_organisation", nullable = false)
    public String hostOrganisation;

    @Enumerated(EnumType.STRING)
    public Region region;

    @Column(name = "cross_department", nullable = false)
    public boolean crossDepartment;

    public String purpose;

    @Column(name = "planned_start", nullable = false)
    public LocalDate plannedStart;

    @Column(name = "planned_end", nullable = false)
    public LocalDate plannedEnd;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PROPOSED;

    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    /** Who cancelled it, when and why. */
    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "cancelled_by"))
    @AttributeOverride(name = "at", column = @Column(name = "cancelled_at"))
    @AttributeOverride(name = "note", column = @Column(name = "cancel_reason"))
    public Decision cancellation;

    @Enumerated(EnumType.STRING)
    public Evaluation evaluation;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "capabilities_exercised", columnDefinition = "text[]", nullable = false)
    public String[] capabilitiesExercised = new String[0];

    @Column(name = "evaluation_remarks")
    public String evaluationRemarks;

    @Column(name = "evaluated_by")
    public String evaluatedBy;

    @Column(name = "opening_id")
    public UUID openingId;

    @Column(name = "proposal_id")
    public UUID proposalId;

    @Version
    public long version;

    /** The statuses in which a posting holds its cadre: no second one may be proposed meanwhile. */
    public static final Set<Status> OPEN = EnumSet.of(Status.PROPOSED, Status.APPROVED, Status.ACTIVE);

    /** A leader approves the proposal. */
    public void approve(String by, Instant at) {
        move(Command.APPROVE);
        approvedBy = by;
        approvedAt = at;
    }

    /** The cadre took up the posting on {@code on}, which is not after {@code today}. */
    public void start(LocalDate on, LocalDate today) {
        requireAllowed(Command.START);
        if (on.isAfter(today)) {
            throw ProblemException.invalidField("startedOn", "must not be in the future / 到岗日期不能晚于今天");
        }
        move(Command.START);
        startedOn = on;
    }

    /**
     * The posting ended on {@code on} with the host's evaluation: what it made of the cadre, the capabilities the
     * posting exercised and its remarks, written by {@code by}. Every missing or wrong part is refused at once.
     */
    public void complete(LocalDate on, LocalDate today, Evaluation evaluation, Set<Capability> capabilities,
            String remarks, String by) {
        requireAllowed(Command.COMPLETE);
        List<Problem.Violation> violations = new ArrayList<>();
        if (on.isAfter(today)) {
            violations.add(new Problem.Violation("completedOn", "must not be in the future"));
        } else if (startedOn != null && on.isBefore(startedOn)) {
            violations.add(new Problem.Violation("completedOn", "must not be before the start " + startedOn));
        }
        if (evaluation == null) {
            violations.add(new Problem.Violation("evaluation", "required / 必填"));
        }
        if (capabilities == null || capabilities.isEmpty()) {
            violations.add(new Problem.Violation("capabilities", "name the capabilities the posting exercised / 请选择锻炼的能力"));
        }
        if (remarks == null || remarks.isBlank()) {
            violations.add(new Problem.Violation("remarks", "the host's evaluation needs remarks / 请填写鉴定意见"));
        } else if (remarks.length() > 4000) {
            violations.add(new Problem.Violation("remarks", "at most 4000 characters"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("the closing evaluation is incomplete / 鉴定不完整", violations);
        }
        move(Command.COMPLETE);
        endedOn = on;
        this.evaluation = evaluation;
        capabilitiesExercised = EnumSetColumn.toArray(capabilities);
        evaluationRemarks = remarks.strip();
        evaluatedBy = by;
    }

    /** HR or a leader cancels a posting that has not started, for a reason. */
    public void cancel(String by, Instant at, String reason) {
        requireAllowed(Command.CANCEL);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "a cancellation needs a reason / 请填写取消原因");
        }
        move(Command.CANCEL);
        cancellation = Decision.of(by, at, reason);
    }

    /** A check-in with the cadre (人文关怀), recorded during the posting only, between its start and today. */
    public CheckIn checkIn(LocalDate heldOn, CheckIn.Method method, String notes, String concerns, String by,
            Instant at, LocalDate today) {
        if (status != Status.ACTIVE) {
            throw ProblemException.conflict("posting-not-active", "check-ins are recorded during an active posting"
                    + " / 仅在挂职期间记录谈心走访");
        }
        return CheckIn.of(id, startedOn, heldOn, method, notes, concerns, by, at, today);
    }

    /** The day the next check-in is due while the posting is active: an interval after the last one or the start. */
    public LocalDate nextCheckInDue(LocalDate lastCheckIn, int intervalDays) {
        if (status != Status.ACTIVE) {
            return null;
        }
        return (lastCheckIn == null || lastCheckIn.isBefore(startedOn) ? startedOn : lastCheckIn).plusDays(intervalDays);
    }

    /** Refuses a stale version (someone else changed the posting since the caller read it). */
    public void requireVersion(Long expected) {
        if (expected != null && expected != version) {
            throw ProblemException.conflict("stale", "the posting was changed by someone else; reload it");
        }
    }

    /** Whether the workflow allows the command now (who may give it is the caller's question). */
    public boolean allows(Command command) {
        return PostingWorkflow.allowed(status, command);
    }

    /** Moves the posting on by the workflow (PostingWorkflow.apply), or refuses with 409. */
    private void move(Command command) {
        requireAllowed(command);
        status = PostingWorkflow.apply(status, command);
    }

    private void requireAllowed(Command command) {
        if (!allows(command)) {
            throw ProblemException.conflict("invalid-transition", "cannot " + command.name().toLowerCase()
                + " a posting that is " + status.name().toLowerCase() + " / 当前状态不能执行该操作");
        }
    }
}
