package org.benling.training.rest.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "开班 / A class: a course offering with dates, capacity and venue")
public record ClassRequest(
        @NotNull UUID courseId,
        @NotNull @Schema(description = "主办单位 / organising unit") UUID unitId,
        UUID planId,
        @Size(max = 200) String title,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @Min(1) @Max(2000) int capacity,
        @Size(max = 200) String venue,
        Boolean openEnrolment) {
}
