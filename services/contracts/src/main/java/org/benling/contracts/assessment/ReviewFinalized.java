package org.benling.contracts.assessment;

import java.util.UUID;

/** A cadre's annual review was finalised with a grade (within the unit's 优秀 quota). Key: cadre id. */
public record ReviewFinalized(UUID reviewId, UUID cadreId, UUID unitId, int cycleYear, Grade grade) {
}
