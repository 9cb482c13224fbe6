package org.benling.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
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

    @Column(name = "raised_quota_approver")
    public String raisedQuotaApprover;

    @Column(name = "raised_quota_approved_at")
    public Instant raisedQuotaApprovedAt;

    @Column(name = "raised_quota_reason")
    public String raisedQuotaReason;

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
}
