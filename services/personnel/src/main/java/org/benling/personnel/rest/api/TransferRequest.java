package org.benling.personnel.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "干部调动 / Transfer a cadre to another unit")
public record TransferRequest(
        @NotNull UUID toUnitId,
        @NotBlank @Size(max = 200) @Schema(examples = "北京市邮政管理局副局长") String positionTitle,
        @NotNull LocalDate effectiveOn,
        @Size(max = 500) @Schema(examples = "交流任职") String reason) {
}
