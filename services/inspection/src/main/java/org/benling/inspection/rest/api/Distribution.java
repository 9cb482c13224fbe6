package org.benling.inspection.rest.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The four-form distribution of a unit's subtree in a term, and of each unit below it that had measures. */
@Schema(name = "FourFormDistribution")
public record Distribution(UUID unitId, String unitName, LocalDate termFirst, LocalDate termLast, FormCounts total,
        List<FormCounts> units) {
}
