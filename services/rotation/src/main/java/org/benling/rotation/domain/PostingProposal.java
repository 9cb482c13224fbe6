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
import org.benling.contracts.Capability;
import org.benling.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Suggested posting types and host units for a cadre: for a capability gap that practice builds, or for a posting a
 * reserve-pool member's development plan asks for by a day.
 */
@Entity
@Table(name = "posting_proposal")
public class PostingProposal extends PanacheEntityBase {

    @Schema(name = "PostingProposalStatus")
    public enum Status { PROPOSED, ACCEPTED, DISMISSED, OBSOLETE }

    @Schema(name = "PostingProposalOrigin", description = "CAPABILITY_GAP 本领短板、DEVELOPMENT_PLAN 组织培养安排")
    public enum Origin { CAPABILITY_GAP, DEVELOPMENT_PLAN }

    @Id
    public UUID id;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    /** The gap it closes; none for a development plan's. */
    @Column(name = "gap_id")
    public UUID gapId;

    /** The development-plan task in selection that asked for it; none for a gap's. */
    @Column(name = "development_task_id")
    public UUID developmentTaskId;

    /** The day a development plan wants the posting by. */
    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Capability capability;

    /** The gap's score and threshold; none for a development plan's. */
    public Integer score;

    public Integer threshold;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "posting_types", columnDefinition = "text[]", nullable = false)
    public String[] postingTypes = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "host_unit_ids", columnDefinition = "uuid[]", nullable = false)
    public UUID[] hostUnitIds = new UUID[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PROPOSED;

    @Column(name = "source_event_id", nullable = false)
    public UUID sourceEventId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "posting_id")
    public UUID postingId;

    @Version
    public long version;

    public Origin origin() {
        return developmentTaskId == null ? Origin.CAPABILITY_GAP : Origin.DEVELOPMENT_PLAN;
    }

    /** Refuses a decision on a proposal already decided (accepted, dismissed or obsolete). */
    public void requireUndecided() {
        if (status != Status.PROPOSED) {
            throw ProblemException.conflict("proposal-decided", "the proposal is already " + status.name().toLowerCase());
        }
    }

    /** HR proposed the posting it suggests. */
    public void accept(UUID posting, String by, Instant at) {
        decide(Status.ACCEPTED, by, at);
        postingId = posting;
    }

    /** HR decided against it. */
    public void dismiss(String by, Instant at) {
        decide(Status.DISMISSED, by, at);
    }

    /** The gap it was to close closed without it, or the task that asked for it was withdrawn. */
    public void obsolete(String by, Instant at) {
        decide(Status.OBSOLETE, by, at);
    }

    private void decide(Status outcome, String by, Instant at) {
        requireUndecided();
        status = outcome;
        decidedBy = by;
        decidedAt = at;
    }
}
