package org.benling.assessment.rest.api;

import jakarta.annotation.Nullable;
import java.util.UUID;
import org.benling.assessment.domain.rules.ReviewOutcome;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.supervision.AnnualEffect;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param wouldBe what the supervision effect on the year demands now
 * @param note    why, in HR's words (the effect, never the measure)
 */
@Schema(name = "RegradeRow")
public record RegradeRow(UUID reviewId, UUID cycleId, UUID cadreId, @Nullable String employeeNumber,
        @Nullable String name, String unitName, int year, Grade finalGrade, ReviewOutcome outcome, AnnualEffect wouldBe,
        String wouldBeName, String note) {
}
