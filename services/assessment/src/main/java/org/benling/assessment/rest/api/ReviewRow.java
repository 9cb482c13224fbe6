package org.benling.assessment.rest.api;

import jakarta.annotation.Nullable;
import java.util.UUID;
import org.benling.assessment.domain.Review;
import org.benling.assessment.domain.rules.ReviewOutcome;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.preconditions.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewRow")
public record ReviewRow(UUID id, UUID cadreId, @Nullable String employeeNumber, @Nullable String name,
        @Nullable RankLevel rankLevel, @Nullable Grade superiorGrade, @Nullable Grade proposedGrade,
        @Nullable Grade finalGrade, @Nullable ReviewOutcome outcome, int ballots, boolean selfReported,
        @Nullable String excellentBlockedBy, Supervision supervision, Review.Status status,
        long version) implements Versioned {
}
