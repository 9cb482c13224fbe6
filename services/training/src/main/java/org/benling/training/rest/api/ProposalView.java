package org.benling.training.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.platform.preconditions.Versioned;
import org.benling.training.domain.Proposal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TrainingProposal")
/**
 * @param detail       why, in the caller's language
 * @param detailCode   why, as a code the web app words itself ({@code proposal.CAPABILITY_GAP}); null on old rows
 * @param detailParams the code's parameters (score, threshold, host, start, until, dueOn)
 * @param dueOn        the day a development plan wants the training done by
 */
public record ProposalView(UUID id, UUID cadreId, @Nullable UUID courseId, @Nullable String courseTitle,
        Proposal.Reason reason, @Nullable Capability capability, String detail, @Nullable String detailCode,
        Map<String, String> detailParams, @Nullable LocalDate dueOn, Proposal.Status status, Instant createdAt,
        @Nullable String decidedBy, long version) implements Versioned {
    public static ProposalView of(Proposal p, String language) {
        return new ProposalView(p.id, p.cadreId, p.course == null ? null : p.course.id,
                p.course == null ? null : p.course.title, p.reason, p.capability, p.detail(language), p.detailCode,
                p.detailParams, p.dueOn, p.status, p.createdAt, p.decidedBy, p.version);
    }
}
