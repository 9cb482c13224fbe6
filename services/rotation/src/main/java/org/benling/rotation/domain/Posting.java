package org.benling.rotation.domain;

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
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.contracts.rotation.PostingCompleted.Evaluation;
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

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

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
}
