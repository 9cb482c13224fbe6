package org.benling.contracts.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The inspectors accepted a finding's rectification report and closed the finding (销号). A follow-up round that
 * reopens it publishes FindingRecorded again. Key: unit id.
 */
public record FindingClosed(UUID findingId, UUID unitId, LocalDate closedOn) {
}
