package org.benling.training.rest.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "年度培训计划 / A unit's annual training plan")
public record PlanRequest(
        @NotNull UUID unitId,
        @Min(2000) @Max(2100) int year,
        @NotBlank @Size(max = 200) @Schema(examples = "2027年度干部教育培训计划") String title,
        @NotNull @DecimalMin("0") @DecimalMax("1") @Schema(description = "培训覆盖率目标（0–1）/ share of cadres to train")
        BigDecimal targetCoverage,
        @NotNull @DecimalMin("0") @DecimalMax("2000") BigDecimal targetHoursPerCadre,
        @Size(max = 2000) List<UUID> designatedCadreIds) {
}
