package org.benling.personnel.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "修改单位：改名、调整上级、停用 / Rename, move or deactivate a unit")
public record UnitUpdate(
        @NotBlank @Size(max = 100) String name,
        UUID parentId,
        boolean active,
        @NotNull Long version) {
}
