package org.benling.rotation.rest.api;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.rotation.domain.rules.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpeningRequest")
public record OpeningRequest(UUID unitId, PostingType type, UUID hostUnitId, @Size(max = 200) String hostOrganisation,
        Region region, Set<Capability> capabilities, LocalDate plannedStart, LocalDate plannedEnd, Integer places,
        @Size(max = 4000) String description) {
}
