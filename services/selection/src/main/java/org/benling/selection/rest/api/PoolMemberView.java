package org.benling.selection.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.preconditions.Versioned;
import org.benling.selection.domain.PoolMember;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A cadre's place in a pool: the nomination, the review and the exit with who and when, and — for a live membership —
 * whether the cadre meets the pool's entry rules today (the regular review: {@code standing} empty when they do).
 */
@Schema(name = "PoolMember")
public record PoolMemberView(UUID id, UUID poolId, VotingSessionView.Person person, @Nullable String positionTitle,
        @Nullable RankLevel rankLevel, @Nullable LocalDate birthDate, PoolMember.Status status, String nominationReason,
        String nominatedBy, Instant nominatedAt, @Nullable String reviewedBy, @Nullable Instant reviewedAt,
        @Nullable String reviewNote, @Nullable String leftBy, @Nullable Instant leftAt, @Nullable String leftReason,
        @Schema(description = "不再符合入库条件的原因（在库、待审人员）；空：符合 / why the cadre no longer meets the entry rules;"
                + " empty: meets them") List<Standing> standing,
        long version) implements Versioned {

    /** One entry rule the cadre does not meet today: its code, parameters and words. */
    @Schema(name = "PoolEntryReason")
    public record Standing(String code, Map<String, Object> params, String message) {
    }
}
