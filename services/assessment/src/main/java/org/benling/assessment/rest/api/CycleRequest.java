package org.benling.assessment.rest.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CycleRequest")
public record CycleRequest(@NotNull UUID unitId, @NotNull Integer year, @Size(max = 200) String title) {
}
