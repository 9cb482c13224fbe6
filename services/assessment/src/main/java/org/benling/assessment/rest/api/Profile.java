package org.benling.assessment.rest.api;

import java.util.List;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CapabilityProfile")
public record Profile(UUID cadreId, String employeeNumber, String name, UUID unitId, RankLevel rankLevel,
        boolean computed, List<CapabilityView> capabilities, List<YearScores> history, List<GradeEntry> grades,
        int gapThreshold) {
}
