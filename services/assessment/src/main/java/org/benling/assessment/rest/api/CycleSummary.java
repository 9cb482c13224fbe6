package org.benling.assessment.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.benling.assessment.domain.Cycle;
import org.benling.contracts.assessment.Grade;
import org.benling.platform.preconditions.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param ungraded          cadres whose year is 不定等次 by a supervision measure (not in the quota's base)
 * @param pendingConclusion cadres without a grade until a case is concluded (not in the quota's base)
 * @param selfReportDue     the day the cadres' self-reports are due (none for cycles opened before it was asked)
 */
@Schema(name = "AssessmentCycle")
public record CycleSummary(UUID id, UUID unitId, String unitName, int year, String title, Cycle.Status status,
        int assessed, int graded, int ungraded, int pendingConclusion, Map<Grade, Integer> proposed,
        Map<Grade, Integer> finalGrades, Quota quota, @Nullable PoolView pool, RaisedQuotaApproval raisedQuotaApproval,
        @Nullable LocalDate selfReportDue, Instant createdAt, String createdBy, @Nullable Instant finalizedAt,
        @Nullable String finalizedBy, long version)
        implements Versioned {
}
