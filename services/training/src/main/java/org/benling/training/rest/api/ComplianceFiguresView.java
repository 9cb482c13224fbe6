package org.benling.training.rest.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.training.domain.rules.ComplianceStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 学时 compliance of a unit by child unit and rank: what the leadership dashboard shows as rates by province. */
@Schema(name = "ComplianceFigures", description = "学时达标统计（按下级单位与职级）/ 学时 compliance by child unit and rank")
public record ComplianceFiguresView(
        LocalDate assessedOn,
        UUID unitId,
        String unitName,
        int cadres,
        Map<ComplianceStatus, Integer> byStatus,
        @Schema(description = "达标率（COMPLIANT 占比，0–1）/ the share compliant") double rate,
        List<UnitFigures> units) {

    @Schema(name = "UnitComplianceFigures", description = "一个下级单位（或本级）/ One child unit (or the unit's own cadres)")
    public record UnitFigures(UUID unitId,
            @Schema(description = "单位代码（省级为行政区划代码，如 440000）/ the unit's code (a province's GB/T 2260 code)",
                    examples = "440000") String unitCode,
            String unitName, boolean own, int cadres, Map<ComplianceStatus, Integer> byStatus,
            double rate, List<RankFigures> ranks) {
    }

    @Schema(name = "RankComplianceFigures", description = "一个职级 / One rank")
    public record RankFigures(RankLevel rankLevel, int cadres, Map<ComplianceStatus, Integer> byStatus, double rate) {
    }
}
