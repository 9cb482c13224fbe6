package org.benling.assessment.rest.api;

import java.util.UUID;
import org.benling.assessment.domain.Review;
import org.benling.assessment.domain.rules.ReviewOutcome;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.preconditions.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewRow")
public record ReviewRow(UUID id, UUID cadreId, String employeeNumber, String name, RankLevel rankLevel,
        Grade superiorGrade, Grade proposedGrade, Grade finalGrade, ReviewOutcome outcome, int ballots,
        boolean selfReported, String excellentBlockedBy, Supervision supervision, Review.Status status,
        long version) implements Versioned {
}
