package org.benling.rotation.rest.api;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactVisitRequest", description = "基层联系点走访记录 / A visit to the contact point")
public record ContactVisitRequest(@NotNull LocalDate visitedOn,
        @NotBlank @Size(max = 2000) @Schema(description = "了解的情况 / what was learned") String learned,
        @Nullable @Size(max = 2000) @Schema(description = "反映的问题 / problems raised") String problemsRaised,
        @NotNull @Min(0) @Max(50) @Schema(description = "解决的问题数 / problems solved") Integer problemsSolved,
        @Nullable @Size(max = 2000) @Schema(description = "解决情况 / how they were solved") String solutions) {
}
