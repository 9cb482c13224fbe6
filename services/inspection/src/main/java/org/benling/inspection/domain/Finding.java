package org.benling.inspection.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.inspection.FindingRecorded.Severity;
import org.benling.inspection.domain.rules.FindingWorkflow;
import org.benling.inspection.domain.rules.FindingWorkflow.Status;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A finding (问题清单) against a unit and its responsible cadres, with its rectification deadline. Audited. */
@Entity
@Table(name = "finding")
@Audited
public class Finding extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "round_id", nullable = false)
    public UUID roundId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cadre_ids", columnDefinition = "uuid[]", nullable = false)
    public UUID[] cadreIds = new UUID[0];

    @Column(nullable = false)
    public String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    public Capability capability;

    @Column(nullable = false)
    public String description;

    /** Who answers for the rectification (整改责任人/部门). */
    @Column(name = "rectification_owner", nullable = false)
    public String rectificationOwner;

    @Column(name = "owner_cadre_id")
    public UUID ownerCadreId;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    /** The inspector set the deadline; otherwise it is derived from the feedback and follows the actual one. */
    @Column(name = "due_explicit", nullable = false)
    public boolean dueExplicit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    /** The deadline a RectificationOverdue was last published for (once per deadline). */
    @Column(name = "overdue_reported_for")
    public LocalDate overdueReportedFor;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    public String conclusion;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Version
    public long version;

    /**
     * Feedback was given on {@code feedbackOn}: a deadline derived from the planned feedback date moves to the
     * policy's months after the actual one, as long as no report is filed; one the inspector set stays.
     *
     * @return whether the deadline moved
     */
    public boolean followFeedback(LocalDate due) {
        if (dueExplicit || !FindingWorkflow.awaitingReport(status) || due.equals(dueOn)) {
            return false;
        }
        dueOn = due;
        overdueReportedFor = null;
        return true;
    }
}
