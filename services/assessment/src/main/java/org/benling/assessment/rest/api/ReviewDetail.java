package org.benling.assessment.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.assessment.domain.Review;
import org.benling.assessment.domain.rules.Consequences;
import org.benling.assessment.domain.rules.ReviewOutcome;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.preconditions.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Review")
public record ReviewDetail(UUID id, UUID cycleId, int year, UUID cadreId, @Nullable String employeeNumber,
        @Nullable String name, @Nullable UUID unitId, @Nullable RankLevel rankLevel, @Nullable String selfReport,
        @Nullable Instant selfReportedAt, @Nullable LocalDate selfReportDue, @Nullable Grade superiorGrade, @Nullable String superiorComment,
        @Nullable String ratedBy, @Nullable Integer performanceScore, @Nullable Integer styleScore,
        @Nullable Integer conductScore, Map<Capability, Integer> capabilityScores, @Nullable Grade proposedGrade,
        @Nullable Grade finalGrade, @Nullable Map<Capability, Integer> finalCapabilityScores,
        @Nullable ReviewOutcome outcome, Democratic democratic, List<Consequences.Kind> consequences,
        @Nullable String excellentBlockedBy, Supervision supervision, @Nullable String gradedAfterwardsBy,
        @Nullable Instant gradedAfterwardsAt, @Nullable String gradedAfterwardsReason, Review.Status status,
        long version) implements Versioned {
}
