package org.benling.rotation.rest.api;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResearchReportRequest", description = "报送调研报告（大调研）/ File a research report")
public record ResearchReportRequest(
        @Nullable @Schema(description = "领导干部；本人报送时省略 / the leader; omitted by the leader themself") UUID cadreId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) @Schema(description = "主要内容与对策建议 / findings and proposals") String summary,
        @NotEmpty @Size(max = 8) @Schema(description = "相关本领 / the capabilities it bears on") Set<@NotNull Capability> capabilities,
        @NotNull LocalDate submittedOn) {
}
