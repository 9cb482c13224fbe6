package org.benling.inspection.rest.api;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TripDecision", description = "审批：批准或不予批准（须说明理由）/ Approve, or refuse with a reason")
public record TripDecision(@NotNull Boolean approve, @Nullable @Size(max = 500) String note) {
}
