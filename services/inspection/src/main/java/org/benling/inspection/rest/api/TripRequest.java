package org.benling.inspection.rest.api;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TripRequest", description = "因私出国（境）申请：出行前报批 / A private trip abroad, asked before travel")
public record TripRequest(
        @Nullable @Schema(description = "干部；本人申请时省略 / the cadre; omitted by the cadre themself") UUID cadreId,
        @NotNull @Schema(description = "所用证照 / the passport to travel on") UUID passportId,
        @NotBlank @Size(max = 100) @Schema(description = "前往国家（地区）/ destination") String destination,
        @NotBlank @Size(max = 200) @Schema(description = "事由 / purpose") String purpose,
        @NotNull LocalDate departOn, @NotNull LocalDate returnOn) {
}
