package org.benling.assessment.rest.api;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The eight capabilities and the grades of a unit, broken down by its child units: what the leadership dashboard
 * shows as a heat map and a distribution against the quota.
 */
@Schema(name = "AssessmentFigures", description = "八项本领与考核等次统计（按下级单位）/ The eight capabilities and the grades by child unit")
public record AssessmentFiguresView(
        UUID unitId,
        String unitName,
        @Nullable @Schema(description = "等次统计的年度：指定年度；未指定时为范围内半数以上干部已确定等次的最近年度（无则为最近有确定等次的年度）/ the grades' year: the one asked, else the latest in which at least half the cadres were finalised (else the latest with any)")
        Integer year,
        List<UnitFigures> units,
        @Schema(description = "全部：各等次人数 / all of the unit: cadres per grade") Map<Grade, Long> grades,
        @Schema(description = "不定等次等未评定人数 / finalised without a grade") long ungraded,
        @Schema(description = "优秀限额之和（各考核单元按比例计算）/ the sum of the cycles' 优秀 quotas") int excellentQuota) {

    @Schema(name = "UnitAssessmentFigures", description = "一个下级单位（或本级）/ One child unit (or the unit's own cadres)")
    public record UnitFigures(
            UUID unitId,
            @Schema(description = "单位代码（省级为行政区划代码，如 440000）/ the unit's code (a province's GB/T 2260 code)",
                    examples = "440000") String unitCode,
            String unitName,
            @Schema(description = "本级：直属本单位的干部 / the unit's own cadres, not a child's") boolean own,
            long cadres,
            @Schema(description = "各项本领平均分（0–100）/ average score per capability") Map<Capability, Double> averages,
            @Schema(description = "各项本领未关闭的短板数 / open gaps per capability") Map<Capability, Long> openGaps,
            Map<Grade, Long> grades,
            long ungraded,
            int excellentQuota) {
    }
}
