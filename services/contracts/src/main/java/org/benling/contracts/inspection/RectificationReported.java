package org.benling.contracts.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The responsible unit filed a finding's rectification report (整改报告); the inspectors judge it next. Key: unit id.
 * A report returned (not accepted) makes the finding await a report again: FindingRecorded is published once more.
 */
public record RectificationReported(UUID findingId, UUID unitId, LocalDate reportedOn) {
}
