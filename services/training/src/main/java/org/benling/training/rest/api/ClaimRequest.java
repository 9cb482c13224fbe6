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

/** 学时 a cadre reports for training outside the bureau's classes, with its evidence; counted once HR accepts. */
@Schema(name = "HoursClaimRequest", description = "本人申报学时（需附证明，人事部门认定后计入）/ Self-reported hours with evidence, counted once HR accepts")
public record ClaimRequest(
        @NotNull UUID cadreId,
        @NotBlank @Size(max = 200) @Schema(examples = "清华大学公共管理学院专题讲座") String title,
        Set<Capability> capabilities,
        @NotNull @DecimalMin("0.25") @DecimalMax("200") BigDecimal hours,
        boolean online,
        @Min(0) @Max(60) int offJobDays,
        @NotNull @PastOrPresent LocalDate completedOn,
        @Size(max = 200) String provider,
        @NotBlank @Size(max = 1000) @Schema(description = "证明材料（结业证书编号、通知文号等）/ evidence, e.g. a certificate number")
        String evidence) {
}
