package org.benling.contracts.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The early-warning run found a cadre behind a training-hour requirement (at risk, or past its due date).
 * Key: cadre id. {@code requirement}: ROLLING_FIVE_YEAR, ANNUAL or ONLINE_ANNUAL.
 */
public record HoursShortfallDetected(UUID cadreId, UUID unitId, String requirement, String status,
        BigDecimal requiredHours, BigDecimal achievedHours, BigDecimal missingHours, LocalDate dueBy,
        LocalDate assessedOn) {
}
