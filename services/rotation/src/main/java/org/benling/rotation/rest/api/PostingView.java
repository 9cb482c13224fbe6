package org.benling.rotation.rest.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.Nullable;
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
public record PostingView(UUID id, UUID cadreId, @Nullable String employeeNumber, @Nullable String name,
        @Nullable RankLevel rankLevel,
        @Schema(deprecated = true, description = "已弃用，请用 unitId / deprecated: use unitId (kept for one version)")
        UUID homeUnitId,
        @Schema(deprecated = true, description = "已弃用，请用 unitName / deprecated: use unitName (kept for one version)")
        @Nullable String homeUnitName, @Nullable Region homeRegion, PostingType type, @Nullable UUID hostUnitId,
        String hostOrganisation, @Nullable Region region, boolean crossDepartment, @Nullable String purpose,
        LocalDate plannedStart, LocalDate plannedEnd, @Nullable LocalDate startedOn, @Nullable LocalDate endedOn,
        Status status, String proposedBy, Instant proposedAt, @Nullable String approvedBy,
        @Nullable Instant approvedAt, @Nullable String cancelledBy, @Nullable Instant cancelledAt,
        @Nullable String cancelReason, @Nullable Evaluation evaluation, Set<Capability> capabilitiesExercised,
        @Nullable String evaluationRemarks, @Nullable String evaluatedBy, @Nullable LocalDate lastCheckIn,
        @Nullable LocalDate nextCheckInDue, boolean careOverdue, List<Command> allowedCommands,
        @Nullable UUID openingId, @Nullable UUID proposalId, long version) implements Versioned {

    /** The cadre's home unit, named as every other resource names its unit. */
    @JsonProperty("unitId")
    @Schema(description = "干部所在单位 / The cadre's home unit", required = true)
    public UUID unitId() {
        return homeUnitId;
    }

    @Nullable
    @JsonProperty("unitName")
    @Schema(description = "干部所在单位名称 / The home unit's name")
    public String unitName() {
        return homeUnitName;
    }
}
