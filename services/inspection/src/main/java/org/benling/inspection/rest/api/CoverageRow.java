package org.benling.inspection.rest.api;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.inspection.domain.rules.Coverage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One unit's coverage in the term, and how far the units below it are covered. */
@Schema(name = "UnitCoverage")
public record CoverageRow(UUID unitId, String name, Coverage.Status status, @Nullable UUID roundId,
        @Nullable LocalDate on, long subunits, long subunitsCovered, long subunitsPlanned) {
}
