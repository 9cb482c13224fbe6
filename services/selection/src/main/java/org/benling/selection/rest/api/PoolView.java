package org.benling.selection.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.preconditions.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reserve pool with its entry rules and how many are nominated and in it. */
@Schema(name = "ReservePool")
public record PoolView(UUID id, UUID unitId, @Nullable String unitName, String name, RankLevel level,
        @Nullable Integer maxAge, int gradeYears, @Nullable String description, int nominated, int admitted,
        String createdBy, Instant createdAt, long version) implements Versioned {
}
