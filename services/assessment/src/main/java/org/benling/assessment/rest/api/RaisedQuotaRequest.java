package org.benling.assessment.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RaisedQuotaRequest")
public record RaisedQuotaRequest(@NotBlank @Size(max = 1000) String reason) {
}
