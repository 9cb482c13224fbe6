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
}
