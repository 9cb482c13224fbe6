package org.benling.training.rest.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An external training record HR enters (e.g. 党校 or a university), with evidence; or its correction. */
@Schema(description = "外部培训记录（需附证明）/ An external training record with evidence")
public record RecordRequest(
        @NotNull UUID cadreId,
        @NotBlank @Size(max = 200) @Schema(examples = "中央党校（国家行政学院）中青年干部培训班") String title,
        Set<Capability> capabilities,
        @NotNull @DecimalMin("0.25") @DecimalMax("2000") BigDecimal hours,
        boolean online,
        @Min(0) @Max(365) int offJobDays,
        @NotNull @PastOrPresent LocalDate completedOn,
        @Size(max = 200) String provider,
        @NotBlank @Size(max = 1000) @Schema(description = "证明材料（结业证书编号等）/ evidence, e.g. the certificate number")
        String evidence,
        @Size(max = 500) @Schema(description = "更正原因（更正时必填）/ why it is corrected (required on correction)")
        String correctionReason,
        Long version) {
}
