package org.benling.rotation.rest.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Nomination")
public record Nomination(@NotNull UUID cadreId, @Size(max = 2000) String purpose) {
}
