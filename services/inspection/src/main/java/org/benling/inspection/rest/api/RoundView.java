package org.benling.inspection.rest.api;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.inspection.domain.InspectionRound.AuditType;
import org.benling.inspection.domain.InspectionRound.Kind;
import org.benling.inspection.domain.rules.RoundWorkflow.Command;
import org.benling.inspection.domain.rules.RoundWorkflow.Status;
import org.benling.platform.preconditions.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A round with its targets, its findings counted as the caller may see them and the commands the caller may give. */
@Schema(name = "InspectionRound")
public record RoundView(UUID id, Kind kind, UUID ownerUnitId, String ownerUnitName, String title, String teamLeader,
        List<String> teamMembers, List<TargetView> targets, LocalDate onSiteStart, LocalDate onSiteEnd,
        LocalDate feedbackDate, @Nullable LocalDate feedbackOn, @Nullable UUID followUpOf, List<UUID> recheckFindingIds,
        Status status, long findings, long openFindings, long overdueFindings, List<Command> allowedCommands,
        String createdBy, @Nullable AuditType auditType, @Nullable UUID auditeeCadreId, @Nullable String auditeeName,
        @Nullable LocalDate auditFrom, @Nullable LocalDate auditTo, long version) implements Versioned {
}
