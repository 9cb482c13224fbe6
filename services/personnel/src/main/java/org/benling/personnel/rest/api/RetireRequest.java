package org.benling.personnel.rest.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "干部退休 / Retire a cadre")
public record RetireRequest(@NotNull LocalDate retiredOn) {
}
