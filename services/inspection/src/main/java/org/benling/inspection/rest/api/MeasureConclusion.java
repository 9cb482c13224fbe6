package org.benling.inspection.rest.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.benling.contracts.supervision.MeasureType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The conclusion (结论) of a case or a suspension for review.
 *
 * @param outcome the penalty or handling the conclusion imposes; omitted: none (不予处分 / 了结)
 */
@Schema(name = "MeasureConclusion")
public record MeasureConclusion(@NotNull @PastOrPresent LocalDate concludedOn, MeasureType outcome, @Min(1) @Max(4) Integer form,
        @NotBlank @Size(max = 2000) String reason) {
}
