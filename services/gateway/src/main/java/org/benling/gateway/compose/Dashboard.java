package org.benling.gateway.compose;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The leadership dashboard: each section the owner's own figures unchanged (typed by its schema,
 * {@link DashboardSection#schema()}), or null where {@link #sections()} says why not.
 */
@Schema(name = "Dashboard", description = "领导驾驶舱：各项统计取自其所属服务，按调用者权限；无权查看或服务不可用的部分为 null 并在 sections 中说明 /"
        + " The leadership dashboard: each figure from the service that owns it, as the caller may see it")
public record Dashboard(
        @Nullable @Schema(description = "所选单位（未选为调用者默认单位）/ the unit asked for (null: the caller's default)") UUID unitId,
        @Nullable Integer year,
        Instant composedAt,
        List<Section> sections,
        @Nullable JsonNode assessment,
        @Nullable JsonNode compliance,
        @Nullable JsonNode rotation,
        @Nullable JsonNode coverage,
        @Nullable JsonNode overdueFindings,
        @Nullable JsonNode forms) {

    @Schema(name = "DashboardSectionState", description = "一个部分的状态 / How a section came back")
    public record Section(DashboardSection section, @Schema(examples = "training") String service, SectionStatus status,
            @Nullable @Schema(description = "未取得的原因 / Why it is not there") String detail) {
    }

    static Dashboard of(UUID unitId, Integer year, Instant composedAt, List<Section> sections,
            Map<DashboardSection, JsonNode> data) {
        return new Dashboard(unitId, year, composedAt, sections, data.get(DashboardSection.ASSESSMENT),
                data.get(DashboardSection.COMPLIANCE), data.get(DashboardSection.ROTATION), data.get(DashboardSection.COVERAGE),
                data.get(DashboardSection.OVERDUE_FINDINGS), data.get(DashboardSection.FORMS));
    }
}
