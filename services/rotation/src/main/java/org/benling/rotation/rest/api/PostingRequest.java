package org.benling.rotation.rest.api;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.rotation.domain.rules.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PostingRequest")
public record PostingRequest(UUID cadreId, PostingType type, UUID hostUnitId, @Size(max = 200) String hostOrganisation,
        Region region, LocalDate plannedStart, LocalDate plannedEnd, @Size(max = 2000) String purpose) {
}
