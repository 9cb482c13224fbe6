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
import org.benling.inspection.domain.rules.MeasureType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.envers.Audited;

/** A supervision measure of the four forms applied to a cadre, with its influence period. Restricted; audited. */
@Entity
@Table(name = "measure")
@Audited
public class Measure extends PanacheEntityBase {

    @Schema(name = "MeasureStatus")
    public enum Status {
        /** in its influence period (or without one, on record) */
        IN_FORCE,
        /** the influence period ended */
        EXPIRED,
        /** revoked (撤销): it never counted */
        REVOKED
    }

    @Id
    public UUID id;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    /** The cadre's unit when the measure was applied. */
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeasureType type;

    @Column(nullable = false)
    public int form;

    @Column(name = "applied_on", nullable = false)
    public LocalDate appliedOn;

    @Column(name = "influence_until", nullable = false)
    public LocalDate influenceUntil;

    @Column(nullable = false)
    public String reason;

    @Column(name = "finding_id")
    public UUID findingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.IN_FORCE;

    @Column(name = "lifted_on")
    public LocalDate liftedOn;

    @Column(name = "lift_reason")
    public String liftReason;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Version
    public long version;
}
