package org.benling.inspection.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TravelCancellation", description = "撤回申请或注销证照的理由 / Why a trip is withdrawn or a passport cancelled")
public record Cancellation(@NotBlank @Size(max = 500) String reason) {
}
