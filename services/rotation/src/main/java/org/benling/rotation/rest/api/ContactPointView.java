package org.benling.rotation.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.platform.preconditions.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactPoint", description = "基层联系点 / A leader's grassroots contact point")
public record ContactPointView(UUID id, UUID cadreId, @Nullable String employeeNumber, @Nullable String name,
        UUID unitId, @Nullable String unitName, String place, @Nullable String description, LocalDate since,
        @Nullable LocalDate endedOn, long visitCount, long problemsSolved, @Nullable LocalDate lastVisitedOn,
        @Schema(description = "走访记录，最近的在前（列表中为空）/ the visits, latest first (none in lists)")
        List<Visit> visits, boolean mayRecord, String createdBy, Instant createdAt, long version) implements Versioned {

    @Schema(name = "ContactVisit")
    public record Visit(UUID id, LocalDate visitedOn, String learned, @Nullable String problemsRaised, int problemsSolved,
            @Nullable String solutions, String recordedBy, Instant recordedAt) {
    }
}
