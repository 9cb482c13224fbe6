package org.benling.assessment.rest.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The pool a small unit's 优秀 count against, at its parent (null for a unit with a quota of its own). */
@Schema(name = "ExcellentPool")
public record PoolView(UUID parentUnitId, @Nullable String parentUnitName, int units, int assessed, int excellent,
        int quota, BigDecimal rate, boolean allowed) {
}
