package org.benling.rotation.rest.api;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactPointRequest", description = "建立基层联系点 / Take up a grassroots contact point")
public record ContactPointRequest(
        @Nullable @Schema(description = "领导干部；本人建立时省略 / the leader; omitted by the leader themself") UUID cadreId,
        @NotBlank @Size(max = 200) @Schema(description = "联系点（单位、网点、园区）/ the place") String place,
        @Nullable @Size(max = 500) String description,
        @NotNull @Schema(description = "建立日期 / kept from") LocalDate since) {
}
