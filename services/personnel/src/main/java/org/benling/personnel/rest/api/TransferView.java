package org.benling.personnel.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.benling.personnel.domain.CadreTransfer;
import org.benling.personnel.domain.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Transfer", description = "调动记录 / One transfer between units")
public record TransferView(UUID id, UUID fromUnitId, String fromUnitName, UUID toUnitId, String toUnitName,
        String fromPositionTitle, String toPositionTitle, LocalDate effectiveOn, @Nullable String reason,
        String recordedBy, Instant recordedAt) {

    public static TransferView of(CadreTransfer t, Map<UUID, Unit> units) {
        return new TransferView(t.id, t.fromUnitId, nameOf(units, t.fromUnitId), t.toUnitId, nameOf(units, t.toUnitId),
                t.fromPositionTitle, t.toPositionTitle, t.effectiveOn, t.reason, t.recordedBy, t.recordedAt);
    }

    private static String nameOf(Map<UUID, Unit> units, UUID id) {
        Unit unit = units.get(id);
        return unit == null ? null : unit.name;
    }
}
