package org.benling.inspection.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;
import org.benling.contracts.supervision.MeasureType;
import org.benling.inspection.domain.SpotCheck;
import org.benling.platform.preconditions.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SpotCheck", description = "个人有关事项核实（限定范围）/ A check of a yearly report (restricted)")
public record SpotCheckView(UUID id, @Nullable UUID drawId, UUID cadreId, @Nullable String employeeNumber,
        @Nullable String name, UUID unitId, @Nullable String unitName, int year, @Nullable UUID reportId,
        SpotCheck.Reason reason, SpotCheck.Status status, @Nullable SpotCheck.Result result, @Nullable UUID measureId,
        @Nullable MeasureType measureType, @Nullable String note, String openedBy, Instant openedAt,
        @Nullable String concludedBy, @Nullable Instant concludedAt, long version) implements Versioned {
}
