package org.benling.assessment.rest.api;

import java.time.Instant;
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
public record ReviewDetail(UUID id, UUID cycleId, int year, UUID cadreId, String employeeNumber, String name,
        UUID unitId, RankLevel rankLevel, String selfReport, Instant selfReportedAt, Grade superiorGrade,
        String superiorComment, String ratedBy, Integer performanceScore, Integer styleScore, Integer conductScore,
        Map<Capability, Integer> capabilityScores, Grade proposedGrade, Grade finalGrade,
        Map<Capability, Integer> finalCapabilityScores, ReviewOutcome outcome, Democratic democratic,
        List<Consequences.Kind> consequences, String excellentBlockedBy, Supervision supervision,
        String gradedAfterwardsBy, Instant gradedAfterwardsAt, String gradedAfterwardsReason, Review.Status status,
        long version) implements Versioned {
}
