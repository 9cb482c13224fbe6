package org.benling.contracts.assessment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A cadre is asked for the self-report (述职述责述廉) of an annual review: published when the unit's cycle opens (or
 * the cadre's review is added to an open cycle), due on {@code dueOn}. SelfReportFiled or the review's
 * ReviewFinalized ends it. Key: cadre id.
 */
public record SelfReportRequested(UUID reviewId, UUID cycleId, UUID cadreId, UUID unitId, int cycleYear,
        LocalDate dueOn) {
}
