package org.benling.inspection.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import java.util.Locale;
import java.util.UUID;
import org.benling.inspection.domain.PersonalMatters.PassportKind;
import org.benling.platform.persistence.Decision;
import org.benling.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.envers.Audited;

/**
 * A cadre's passport or travel permit, registered and held by the HR office (证照集中保管): in its custody, issued
 * for an approved trip (and then with the cadre until it comes back), or cancelled (expired, lost, handed in).
 * Audited.
 */
@Entity
@Table(name = "passport")
@Audited
public class Passport extends PanacheEntityBase {

    @Schema(name = "HeldPassportStatus", description = "HELD 集中保管中、ISSUED 已领用、CANCELLED 已注销")
    public enum Status { HELD, ISSUED, CANCELLED }

    @Id
    public UUID id;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    /** The unit whose HR office holds it (the cadre's when registered). */
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PassportKind kind;

    @Column(nullable = false)
    public String number;

    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    /** The cancellation (注销), with its reason. */
    @Embedded
    public Decision cancellation;

    @Version
    public long version;

    public static Passport register(UUID cadreId, UUID unitId, PassportKind kind, String number, LocalDate expiresOn, String by,
            Instant at) {
        Passport p = new Passport();
        p.id = UUID.randomUUID();
        p.cadreId = cadreId;
        p.unitId = unitId;
        p.kind = kind;
        p.number = number.strip().toUpperCase(Locale.ROOT);
        p.expiresOn = expiresOn;
        p.status = Status.HELD;
        p.registeredBy = by;
        p.registeredAt = at;
        return p;
    }

    /** Can it be issued for a trip that ends on {@code returnOn}: held, and valid until then. */
    public boolean usableUntil(LocalDate returnOn) {
        return status == Status.HELD && !expiresOn.isBefore(returnOn);
    }

    /** Handed to the cadre for an approved trip. */
    void issue() {
        if (status != Status.HELD) {
            throw ProblemException.conflict("passport-unavailable", "the passport is not in the office's custody ("
                    + status.name().toLowerCase() + ") / 证照不在保管中");
        }
        status = Status.ISSUED;
    }

    /** Back in the office's custody. */
    void receive() {
        status = Status.HELD;
    }

    /** Cancelled (注销): no longer issued for any trip. Only while it is in the office's custody. */
    public void cancel(String reason, String by, Instant at) {
        if (status != Status.HELD) {
            throw ProblemException.conflict("passport-unavailable", "only a passport in the office's custody can be "
                    + "cancelled (it is " + status.name().toLowerCase() + ") / 仅保管中的证照可注销");
        }
        status = Status.CANCELLED;
        cancellation = Decision.of(by, at, reason);
    }
}
