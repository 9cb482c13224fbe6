package org.benling.inspection.rest.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.contracts.supervision.MeasureType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A measure of the catalogue to apply to a cadre, optionally for a finding naming them.
 *
 * @param form one of the forms the type may take (责令辞职, 免职: 2 or 3); omitted: the type's usual form
 */
@Schema(name = "MeasureRequest")
public record MeasureRequest(@NotNull UUID cadreId, @NotNull MeasureType type, @Min(1) @Max(4) Integer form,
        @NotNull @PastOrPresent LocalDate appliedOn, @NotBlank @Size(max = 2000) String reason, UUID findingId) {
}
