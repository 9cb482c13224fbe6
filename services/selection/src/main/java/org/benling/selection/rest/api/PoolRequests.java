package org.benling.selection.rest.api;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.selection.DevelopmentTaskChanged;
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

    /** 培养计划: training that builds a capability, or a posting to serve, due by a day after today. */
    @Schema(name = "DevelopmentTaskRequest")
    public record Development(
            @Schema(description = "TRAINING 培训（培训服务据本领推荐课程）、POSTING 实践锻炼（挂职服务提出挂职建议）/ training"
                    + " proposes courses that build the capability, rotation proposes a posting")
            @NotNull DevelopmentTaskChanged.Kind kind,
            @NotNull Capability capability,
            @Schema(description = "完成期限，今天之后、五年以内 / due by, after today and within five years") @NotNull @Future
            LocalDate dueOn,
            @Schema(description = "培养目标、安排说明（仅人事部门可见）/ the aim, for HR only") @Size(max = 2000) String note) {
    }
}
