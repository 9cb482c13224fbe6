package org.benling.rotation.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResearchFollowUp", description = "调研成果转化运用情况 / What was done with a research report")
public record ResearchFollowUp(@NotBlank @Size(max = 2000) String note,
        @NotNull @Schema(description = "成果已转化运用 / its findings were adopted") Boolean adopted) {
}
