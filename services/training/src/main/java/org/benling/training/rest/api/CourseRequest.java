package org.benling.training.rest.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.benling.contracts.Capability;
import org.benling.training.domain.CourseKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "课程 / A course: what it builds and what it is worth")
public record CourseRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9-]+") @Schema(examples = "ZT-2026-01") String code,
        @NotBlank @Size(max = 200) @Schema(examples = "防范化解重大风险专题培训") String title,
        @NotNull CourseKind kind,
        @NotEmpty Set<Capability> capabilities,
        @NotNull @DecimalMin("0.25") @DecimalMax("2000") @Schema(description = "学时（在线课程按模块折算）") BigDecimal creditHours,
        boolean online,
        @Min(0) @Max(365) int offJobDays,
        @Size(max = 200) String provider,
        @Size(max = 2000) String description,
        @Valid List<ModuleRequest> modules,
        Long version) {

    @Schema(name = "CourseModuleRequest")
    public record ModuleRequest(@NotBlank @Size(max = 200) String title, @Min(1) @Max(600) int minutes, boolean hasTest) {
    }
}
