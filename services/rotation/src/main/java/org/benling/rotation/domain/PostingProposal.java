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
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A capability gap that practice builds, turned into suggested posting types and host units for the cadre. */
@Entity
@Table(name = "posting_proposal")
public class PostingProposal extends PanacheEntityBase {

    @Schema(name = "PostingProposalStatus")
    public enum Status { PROPOSED, ACCEPTED, DISMISSED, OBSOLETE }

    @Id
    public UUID id;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(name = "gap_id", nullable = false)
    public UUID gapId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Capability capability;

    @Column(nullable = false)
    public int score;

    @Column(nullable = false)
    public int threshold;

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

    /** The gap it was to close closed without it. */
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
