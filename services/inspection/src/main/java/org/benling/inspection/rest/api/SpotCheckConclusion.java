package org.benling.inspection.rest.api;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.benling.contracts.supervision.MeasureType;
import org.benling.inspection.domain.SpotCheck;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param measure 漏报: CRITICISM_EDUCATION or ADMONISHMENT; 瞒报: ADMONISHMENT (default) or heavier; 如实: none
 */
@Schema(name = "SpotCheckConclusion", description = "核实结论：如实、漏报、瞒报 / The check's result and the measure it brings")
public record SpotCheckConclusion(@NotNull SpotCheck.Result result, @Nullable MeasureType measure,
        @Nullable @Size(max = 2000) String note) {
}
