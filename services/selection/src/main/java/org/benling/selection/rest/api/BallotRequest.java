package org.benling.selection.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.assessment.Grade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A ballot, cast with a one-time code: 民主推荐 names the people recommended ({@code chosen}, none: an abstention);
 * 民主测评 grades the people of the list ({@code grades}, one left out: not graded by this voter).
 */
@Schema(name = "Ballot")
public record BallotRequest(
        @NotBlank @Size(max = 32) String code,
        @Size(max = 60) List<UUID> chosen,
        @Size(max = 60) Map<UUID, Grade> grades) {
}
