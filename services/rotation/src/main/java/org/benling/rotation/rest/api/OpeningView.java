package org.benling.rotation.rest.api;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.platform.preconditions.Versioned;
import org.benling.rotation.domain.Opening;
import org.benling.rotation.domain.rules.PostingWorkflow.Status;
import org.benling.rotation.domain.rules.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Opening")
public record OpeningView(UUID id, UUID unitId, @Nullable String unitName, PostingType type, @Nullable UUID hostUnitId,
        String hostOrganisation, @Nullable Region region, Set<Capability> capabilities, LocalDate plannedStart,
        LocalDate plannedEnd, int places, long filled, @Nullable String description, Opening.Status status,
        String createdBy, long version) implements Versioned {
}
