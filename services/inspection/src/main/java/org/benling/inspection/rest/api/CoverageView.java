package org.benling.inspection.rest.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Coverage (巡视全覆盖) of the units below one in a term: the counts and a row per unit. */
@Schema(name = "TermCoverage")
public record CoverageView(UUID unitId, String unitName, LocalDate termFirst, LocalDate termLast, int units,
        int covered, int planned, int notYet, List<CoverageRow> rows) {
}
