package org.benling.assessment.rest.api;

import jakarta.validation.constraints.Size;
import java.util.Map;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the superior (or HR on their behalf) enters; null fields are cleared. */
@Schema(name = "ReviewRating")
public record Rating(Grade superiorGrade, @Size(max = 2000) String superiorComment, Integer performanceScore, Integer styleScore,
        Integer conductScore, Map<Capability, Integer> capabilityScores, Grade proposedGrade, Long version) {
}
