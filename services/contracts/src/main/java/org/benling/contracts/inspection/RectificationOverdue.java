package org.benling.contracts.inspection;

import java.time.LocalDate;
import java.util.UUID;

/** A finding's rectification report is past its due date (2 months after feedback by default). Key: unit id. */
public record RectificationOverdue(UUID findingId, UUID unitId, UUID ownerCadreId, LocalDate dueOn) {
}
