package org.benling.selection.rest.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.personnel.RankLevel;
import org.benling.selection.domain.rules.Readiness;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the key posts' operations take. */
public final class SuccessionRequests {

    private SuccessionRequests() {
    }

    /** A key post of the unit, its level and the minimum score per capability it asks (依事择人). */
    @Schema(name = "KeyPostRequest")
    public record KeyPost(
            @NotNull UUID unitId,
            @NotBlank @Size(max = 120) String title,
            @NotNull RankLevel level,
            @Schema(description = "各项本领的最低得分（0–100）/ the minimum score per capability (0–100)")
            @NotNull @Size(max = 8) Map<@NotNull Capability, @NotNull @Min(0) @Max(100) Integer> minimumScores,
            @Schema(description = "要求的经历：GRASSROOTS 基层、WESTERN_REGION 西部地区、CROSS_REGION_EXCHANGE 跨地区交流、"
                    + "POVERTY_ALLEVIATION 乡村振兴（帮扶），由已完成的挂职锻炼给出 / the experience asked, given by a completed"
                    + " posting") @Size(max = 4) Set<Readiness.@NotNull Experience> experience,
            @Size(max = 2000) String description) {
    }

    /** 后备人选: a cadre of the unit's subtree at the post's level or the one below. */
    @Schema(name = "SuccessorRequest")
    public record Successor(@NotNull UUID cadreId, @Size(max = 2000) String note) {
    }

    /** 调整出后备人选: why. */
    @Schema(name = "SuccessorRemoval")
    public record Removal(@NotBlank @Size(max = 2000) String reason) {
    }
}
