package org.benling.inspection.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.supervision.MeasureFamily;
import org.benling.contracts.supervision.MeasureType;
import org.benling.inspection.domain.Measure;
import org.benling.platform.preconditions.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measure with its cadre, unit, catalogue row (influence and annual effects), status and outcome. Restricted. */
@Schema(name = "Measure")
public record MeasureView(UUID id, UUID cadreId, @Nullable String employeeNumber, @Nullable String name, UUID unitId,
        @Nullable String unitName, MeasureType type, String typeName, MeasureFamily family, String familyName, int form,
        LocalDate appliedOn,
        @Schema(description = "影响期：月数、none、until-concluded 或 permanent / months, none, until-concluded or permanent")
        String influence,
        @Schema(description = "影响期最后一天；未结论或长期为空 / last day of influence; null while open-ended")
        @Nullable LocalDate influenceUntil, boolean hasInfluence, boolean openEnded, List<YearEffect> annualEffects,
        String reason, @Nullable UUID findingId, Measure.Status status, @Nullable LocalDate liftedOn,
        @Nullable String liftReason, @Nullable MeasureType outcome, @Nullable String outcomeName, @Nullable UUID caseId,
        String decidedBy, Instant decidedAt, long version) implements Versioned {
}
