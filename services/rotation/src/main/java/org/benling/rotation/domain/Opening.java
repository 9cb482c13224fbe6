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
import org.benling.platform.problem.ProblemException;
import org.benling.rotation.domain.rules.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.envers.Audited;

/** An open posting: places a host offers, for which eligible cadres are ranked. */
@Entity
@Table(name = "opening")
@Audited
public class Opening extends PanacheEntityBase {

    @Schema(name = "OpeningStatus")
    public enum Status { OPEN, FILLED, CLOSED }

    @Id
    public UUID id;

    /** The unit whose HR offers the places (candidates come from its subtree). */
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PostingType type;

    @Column(name = "host_unit_id")
    public UUID hostUnitId;

    @Column(name = "host_organisation", nullable = false)
    public String hostOrganisation;

    @Enumerated(EnumType.STRING)
    public Region region;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] capabilities = new String[0];

    @Column(name = "planned_start", nullable = false)
    public LocalDate plannedStart;

    @Column(name = "planned_end", nullable = false)
    public LocalDate plannedEnd;

    @Column(nullable = false)
    public int places;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** Refuses a nomination to an opening that is no longer open. */
    public void requireOpen() {
        if (status != Status.OPEN) {
            throw ProblemException.conflict("opening-closed", "the opening is " + status.name().toLowerCase());
        }
    }

    /** Filled once {@code taken} postings hold its places. */
    public void taken(long taken) {
        if (taken >= places) {
            status = Status.FILLED;
        }
    }
}
