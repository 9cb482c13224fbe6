package org.benling.selection.rest.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.benling.selection.domain.VotingSession;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A voting session to prepare: the unit holding it, 民主推荐 or 民主测评, the people on the list and the voter
 * categories with their weights and how many codes each gets.
 */
@Schema(name = "VotingSessionRequest")
public record VotingSessionRequest(
        @NotNull UUID unitId,
        @NotNull VotingSession.Kind kind,
        @NotBlank @Size(max = 200) String title,
        @Schema(description = "民主推荐：每票至多推荐人数 / recommendation: at most this many per ballot")
        @Min(1) @Max(20) Integer places,
        @NotEmpty @Size(max = 60) List<@NotNull UUID> candidateIds,
        @NotEmpty @Size(max = 8) List<@NotNull @Valid Category> categories) {

    /** A voter category: its code (unique in the session), name, weight and number of voters. */
    @Schema(name = "VoterCategoryRequest")
    public record Category(
            @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String code,
            @NotBlank @Size(max = 60) String name,
            @NotNull @DecimalMin(value = "0.001") @DecimalMax("100") BigDecimal weight,
            @Min(1) @Max(2000) int voters) {
    }
}
