package org.benling.rotation.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A check-in with a cadre on a posting (人文关怀): a visit, a call or a talk, what came up. */
@Entity
@Table(name = "check_in")
public class CheckIn extends PanacheEntityBase {

    @Schema(name = "CheckInMethod")
    public enum Method { VISIT, CALL, TALK, VIDEO }

    @Id
    public UUID id;

    @Column(name = "posting_id", nullable = false)
    public UUID postingId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Method method;

    @Column(nullable = false)
    public String notes;

    /** Difficulties the cadre raised (family, health, work) for HR to follow up. */
    public String concerns;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
