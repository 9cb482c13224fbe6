package org.benling.personnel.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.benling.contracts.personnel.UnitKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "新建单位 / Create a unit")
public record UnitRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9-]+") @Schema(examples = "440600") String code,
        @NotBlank @Size(max = 100) @Schema(examples = "佛山市邮政管理局") String name,
        @NotNull UnitKind kind,
        @NotNull UUID parentId) {
}
