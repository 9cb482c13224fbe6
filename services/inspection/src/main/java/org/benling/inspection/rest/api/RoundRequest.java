package org.benling.inspection.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jakarta.annotation.Nullable;
import org.benling.inspection.domain.InspectionRound.AuditType;
import org.benling.inspection.domain.InspectionRound.Kind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A round to plan: its kind, inspecting unit, team, targets and dates; a follow-up (回头看) names what it re-checks; an
 * audit (经济责任审计) names its type, the leader audited and the period of office audited (its target is the leader's
 * unit).
 */
@Schema(name = "RoundRequest")
public record RoundRequest(@NotNull Kind kind, @NotNull UUID ownerUnitId, @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 100) String teamLeader, @Size(max = 50) List<@Size(max = 100) String> teamMembers,
        List<UUID> targetUnitIds, @NotNull LocalDate onSiteStart, @NotNull LocalDate onSiteEnd, @NotNull LocalDate feedbackDate,
        UUID followUpOf, List<UUID> recheckFindingIds,
        @Nullable @Schema(description = "经济责任审计：离任 DEPARTURE 或任中 IN_TERM / audits only") AuditType auditType,
        @Nullable @Schema(description = "被审计领导干部 / audits only: the leader audited") UUID auditeeCadreId,
        @Nullable @Schema(description = "审计期间起 / audits only: the period of office audited, from") LocalDate auditFrom,
        @Nullable @Schema(description = "审计期间止 / … to") LocalDate auditTo) {
}
