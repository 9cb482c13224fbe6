package org.benling.rotation.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.platform.preconditions.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResearchReport", description = "调研报告（大调研）/ A leader's research report")
public record ResearchReportView(UUID id, UUID cadreId, @Nullable String employeeNumber, @Nullable String name,
        UUID unitId, @Nullable String unitName, String title, String summary, Set<Capability> capabilities,
        LocalDate submittedOn, boolean adopted, @Nullable String followUp, @Nullable String followedUpBy,
        @Nullable Instant followedUpAt, boolean mayFollowUp, String filedBy, Instant filedAt, long version)
        implements Versioned {
}
