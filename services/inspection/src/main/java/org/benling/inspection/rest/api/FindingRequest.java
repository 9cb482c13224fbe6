package org.benling.inspection.rest.api;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.inspection.FindingRecorded.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A finding an inspector records on a round: the unit, the cadres named, what is wrong and who rectifies it by when. */
@Schema(name = "FindingRequest")
public record FindingRequest(UUID unitId, @Size(max = 200) List<UUID> cadreIds, @Size(max = 100) String category,
        Severity severity, Capability capability, @Size(max = 4000) String description,
        @Size(max = 200) String rectificationOwner, UUID ownerCadreId, LocalDate dueOn) {
}
