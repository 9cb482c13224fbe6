package org.benling.inspection.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A follow-up round's re-check (回头看) of a closed finding: fixed or not, and why. */
@Schema(name = "RecheckRequest")
public record RecheckRequest(@NotNull UUID roundId, @NotNull Boolean fixed, @NotBlank @Size(max = 2000) String note) {
}
