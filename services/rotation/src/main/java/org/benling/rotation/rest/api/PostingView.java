package org.benling.rotation.rest.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.contracts.rotation.PostingCompleted.Evaluation;
import org.benling.platform.preconditions.Versioned;
import org.benling.rotation.domain.rules.PostingWorkflow.Command;
import org.benling.rotation.domain.rules.PostingWorkflow.Status;
import org.benling.rotation.domain.rules.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Posting")
public record PostingView(UUID id, UUID cadreId, String employeeNumber, String name, RankLevel rankLevel,
        @Schema(deprecated = true, description = "已弃用，请用 unitId / deprecated: use unitId (kept for one version)")
        UUID homeUnitId,
        @Schema(deprecated = true, description = "已弃用，请用 unitName / deprecated: use unitName (kept for one version)")
        String homeUnitName, Region homeRegion, PostingType type, UUID hostUnitId,
        String hostOrganisation, Region region, boolean crossDepartment, String purpose, LocalDate plannedStart,
        LocalDate plannedEnd, LocalDate startedOn, LocalDate endedOn, Status status, String proposedBy,
        Instant proposedAt, String approvedBy, Instant approvedAt, String cancelledBy, Instant cancelledAt,
        String cancelReason, Evaluation evaluation, Set<Capability> capabilitiesExercised, String evaluationRemarks,
        String evaluatedBy, LocalDate lastCheckIn, LocalDate nextCheckInDue, boolean careOverdue,
        List<Command> allowedCommands, UUID openingId, UUID proposalId, long version) implements Versioned {

    /** The cadre's home unit, named as every other resource names its unit. */
    @JsonProperty("unitId")
    @Schema(description = "干部所在单位 / The cadre's home unit", required = true)
    public UUID unitId() {
        return homeUnitId;
    }

    @JsonProperty("unitName")
    @Schema(description = "干部所在单位名称 / The home unit's name")
    public String unitName() {
        return homeUnitName;
    }
}
