package org.benling.rotation.rest.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.rotation.domain.rules.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpeningRequest")
@HostRequired
public record OpeningRequest(@NotNull UUID unitId, @NotNull PostingType type, UUID hostUnitId,
        @Size(max = 200) String hostOrganisation, Region region, Set<Capability> capabilities,
        @NotNull LocalDate plannedStart, @NotNull LocalDate plannedEnd, @NotNull @Min(1) @Max(100) Integer places,
        @Size(max = 4000) String description) implements HostRequired.Hosted {
}
