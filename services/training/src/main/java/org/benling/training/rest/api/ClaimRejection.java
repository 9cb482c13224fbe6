package org.benling.training.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimRejection")
public record ClaimRejection(@NotBlank @Size(max = 1000) String reason) {
}
