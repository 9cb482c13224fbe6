package org.benling.assessment.domain;

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
import java.util.UUID;
import org.benling.platform.persistence.Decision;
import org.benling.platform.problem.ProblemException;
import org.hibernate.envers.Audited;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's annual assessment cycle (年度考核). Audited: who approved the raised quota, who finalised. */
@Entity
@Table(name = "cycle")
@Audited
public class Cycle extends PanacheEntityBase {

    @Schema(name = "CycleStatus")
    public enum Status { OPEN, FINALIZED }

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    /** The raised 优秀 rate (25%) applies: approved by a leader, recorded with who, when and why. */
    @Column(name = "raised_quota_approved", nullable = false)
    public boolean raisedQuotaApproved;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "raised_quota_approver"))
    @AttributeOverride(name = "at", column = @Column(name = "raised_quota_approved_at"))
    @AttributeOverride(name = "note", column = @Column(name = "raised_quota_reason"))
    public Decision raisedQuotaApproval;

    /** The day the cadres' self-reports are due (none for cycles opened before it was asked). */
    @Column(name = "self_report_due")
    public LocalDate selfReportDue;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "finalized_at")
    public Instant finalizedAt;

    @Column(name = "finalized_by")
    public String finalizedBy;

    @Version
    public long version;

    /** Refuses a change to a cycle that is already final. */
    public void requireOpen() {
        if (status != Status.OPEN) {
            throw ProblemException.conflict("cycle-finalized", "the " + year + " cycle is already finalised");
        }
    }

    /** Refuses a stale version (someone else changed the cycle since the caller read it). */
    public void requireVersion(Long expected) {
        if (expected != null && expected != version) {
            throw ProblemException.conflict("stale", "the cycle was changed by someone else; reload it");
        }
    }

    /** Asks the cadres' self-reports by {@code due}: a day to come (today at the earliest). */
    public void askSelfReportsBy(LocalDate due, LocalDate today) {
        requireOpen();
        if (due.isBefore(today)) {
            throw ProblemException.invalidField("selfReportDue", "述职截止日期不能早于今天 / must not be before today (" + today + ")");
        }
        selfReportDue = due;
    }

    /** The review of one cadre in this cycle. */
    public Review newReview(UUID cadreId) {
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.cycleId = id;
        review.cadreId = cadreId;
        review.year = year;
        return review;
    }

    /** A leader approves the raised 优秀 rate for this open cycle, with a reason. */
    public void approveRaisedQuota(String by, Instant at, String reason) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "the approval needs a reason (批准理由)");
        }
        raisedQuotaApproved = true;
        raisedQuotaApproval = Decision.of(by, at, reason);
    }

    /** The grades are final (the reviews were finalised under the quota by the caller). */
    public void finalise(String by, Instant at) {
        requireOpen();
        status = Status.FINALIZED;
        finalizedAt = at;
        finalizedBy = by;
    }
}
