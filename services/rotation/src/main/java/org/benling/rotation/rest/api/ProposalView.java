package org.benling.rotation.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.platform.preconditions.Versioned;
import org.benling.rotation.domain.PostingProposal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param score the gap's score and threshold (a gap's proposal)
 * @param dueOn the day a development plan wants the posting by (a development plan's)
 */
@Schema(name = "PostingProposal")
public record ProposalView(UUID id, UUID cadreId, @Nullable String employeeNumber, @Nullable String name,
        @Nullable UUID unitId, @Nullable String unitName, PostingProposal.Origin origin, Capability capability,
        @Nullable Integer score, @Nullable Integer threshold, @Nullable LocalDate dueOn,
        List<PostingType> postingTypes, List<HostView> hosts, PostingProposal.Status status, Instant createdAt,
        @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable UUID postingId, long version)
        implements Versioned {
}
