package org.benling.personnel.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One move of a cadre between units (调动), kept as history. */
@Entity
@Table(name = "cadre_transfer")
public class CadreTransfer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(name = "from_unit_id", nullable = false)
    public UUID fromUnitId;

    @Column(name = "to_unit_id", nullable = false)
    public UUID toUnitId;

    @Column(name = "from_position_title", nullable = false)
    public String fromPositionTitle;

    @Column(name = "to_position_title", nullable = false)
    public String toPositionTitle;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    public String reason;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    static CadreTransfer record(Cadre cadre, UUID toUnit, String toTitle, LocalDate effectiveOn, String reason,
            String recordedBy, Instant recordedAt) {
        CadreTransfer t = new CadreTransfer();
        t.id = UUID.randomUUID();
        t.cadreId = cadre.id;
        t.fromUnitId = cadre.unitId;
        t.toUnitId = toUnit;
        t.fromPositionTitle = cadre.positionTitle;
        t.toPositionTitle = toTitle;
        t.effectiveOn = effectiveOn;
        t.reason = reason;
        t.recordedBy = recordedBy;
        t.recordedAt = recordedAt;
        return t;
    }

    public static List<CadreTransfer> historyOf(UUID cadreId) {
        return list("cadreId = ?1 order by effectiveOn desc, recordedAt desc", cadreId);
    }
}
