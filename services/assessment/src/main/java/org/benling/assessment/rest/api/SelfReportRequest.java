package org.benling.assessment.rest.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SelfReportRequest")
public record SelfReportRequest(@NotNull @Size(min = 1, max = 20000) String text, @NotNull Long version) {
}
