package org.benling.assessment.rest.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BallotsRequest")
public record BallotsRequest(@NotEmpty @Size(max = 1000) List<BallotInput> ballots) {
}
