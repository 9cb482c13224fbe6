package org.benling.selection.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.selection.domain.PoolMember;
import org.benling.selection.domain.rules.AppointmentWorkflow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A cadre in selection, for the portfolio: reserve pools (nominated, in, declined, left), key posts they are named a
 * successor to, and the appointment trails they were a candidate in — each as far as the caller reaches its unit.
 */
@Schema(name = "CadreSelectionRecord")
public record CadreSelectionRecord(UUID cadreId, List<Pool> pools, List<Succession> successions,
        List<Candidacy> candidacies) {

    @Schema(name = "CadrePoolMembership")
    public record Pool(UUID poolId, String poolName, @Nullable String unitName, RankLevel level, PoolMember.Status status,
            Instant nominatedAt, @Nullable Instant reviewedAt, @Nullable Instant leftAt) {
    }

    @Schema(name = "CadreSuccession")
    public record Succession(UUID keyPostId, String title, @Nullable String unitName, RankLevel level, boolean active,
            Instant addedAt) {
    }

    @Schema(name = "CadreCandidacy")
    public record Candidacy(UUID appointmentId, String postTitle, @Nullable String unitName, AppointmentWorkflow.Stage stage,
            @Schema(description = "讨论决定的人选 / the one the meeting decided on") boolean decided, Instant createdAt) {
    }
}
