package org.benling.selection.rest.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the reserve pools' operations take. */
public final class PoolRequests {

    private PoolRequests() {
    }

    /** A unit's pool for posts of a level, with its entry rules. */
    @Schema(name = "ReservePoolRequest")
    public record Create(
            @NotNull UUID unitId,
            @NotBlank @Size(max = 120) String name,
            @Schema(description = "入库人员拟任职务层次 / the level of the posts the pool prepares for") @NotNull RankLevel level,
            @Schema(description = "年龄上限（优秀年轻干部）；不填则不限 / age limit, none when absent") @Min(18) @Max(65)
            Integer maxAge,
            @Schema(description = "近几年年度考核须为称职以上，默认 3 / how many recent years' results count, 3 by default")
            @Min(1) @Max(5) Integer gradeYears,
            @Size(max = 2000) String description) {
    }

    /** 提名: a cadre of the pool unit's subtree, and why. */
    @Schema(name = "PoolNomination")
    public record Nomination(@NotNull UUID cadreId, @NotBlank @Size(max = 2000) String reason) {
    }

    /** 审核通过, with a note if any. */
    @Schema(name = "PoolAdmission")
    public record Admission(@Size(max = 2000) String note) {
    }

    /** 审核不通过 or 出库: why. */
    @Schema(name = "PoolDecisionReason")
    public record Reasoned(@NotBlank @Size(max = 2000) String reason) {
    }
}
