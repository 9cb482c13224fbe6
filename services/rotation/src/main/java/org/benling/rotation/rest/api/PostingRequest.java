package org.benling.rotation.rest.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.rotation.domain.rules.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PostingRequest")
@HostRequired
public record PostingRequest(@NotNull(groups = PostingRequest.New.class) UUID cadreId, @NotNull PostingType type, UUID hostUnitId,
        @Size(max = 200) String hostOrganisation, Region region, @NotNull LocalDate plannedStart,
        @NotNull LocalDate plannedEnd, @Size(max = 2000) String purpose) implements HostRequired.Hosted {

    /** A posting proposed for a cadre named in the request (from a proposal, the proposal names the cadre). */
    public interface New extends Default {
    }
}
