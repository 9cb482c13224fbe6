package org.benling.inspection.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.inspection.FindingRecorded.Severity;
import org.benling.inspection.domain.rules.FindingWorkflow.Status;
import org.benling.platform.preconditions.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A finding with its round, unit, cadres, deadline, rectification reports and what the caller may do with it. */
@Schema(name = "Finding")
public record FindingView(UUID id, UUID roundId, String roundTitle, UUID unitId, String unitName,
        List<FindingCadre> cadres, String category, Severity severity, @Nullable Capability capability,
        String description, String rectificationOwner, @Nullable UUID ownerCadreId, LocalDate dueOn, Status status,
        boolean overdue, long daysOverdue, @Nullable String conclusion, @Nullable String closedBy,
        @Nullable Instant closedAt, List<ReportView> reports, boolean mayReport, boolean mayJudge, String recordedBy,
        Instant recordedAt, long version) implements Versioned {
}
