package org.benling.inspection.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.inspection.domain.InspectionRound.Kind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A round to plan: its kind, inspecting unit, team, targets and dates; a follow-up (回头看) names what it re-checks. */
@Schema(name = "RoundRequest")
public record RoundRequest(@NotNull Kind kind, @NotNull UUID ownerUnitId, @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 100) String teamLeader, @Size(max = 50) List<@Size(max = 100) String> teamMembers,
        List<UUID> targetUnitIds, @NotNull LocalDate onSiteStart, @NotNull LocalDate onSiteEnd, @NotNull LocalDate feedbackDate,
        UUID followUpOf, List<UUID> recheckFindingIds) {
}
