package org.benling.assessment.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;
import org.benling.assessment.domain.Gap;
import org.benling.assessment.domain.rules.GapRule;
import org.benling.contracts.Capability;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CapabilityGap")
public record GapView(UUID id, UUID cadreId, String employeeNumber, String name, UUID unitId, String unitName,
        Capability capability, GapRule.Reason reason, int score, int threshold, String explanation, int cycleYear,
        Gap.Status status, Instant openedAt, @Nullable Instant closedAt, @Nullable Integer closedScore) {
}
