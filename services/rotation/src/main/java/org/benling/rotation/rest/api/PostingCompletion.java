package org.benling.rotation.rest.api;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.benling.contracts.Capability;
import org.benling.contracts.rotation.PostingCompleted.Evaluation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PostingCompletion")
public record PostingCompletion(LocalDate completedOn, Evaluation evaluation, Set<Capability> capabilities,
        @Size(max = 2000) String remarks,
        Long version) {
}
