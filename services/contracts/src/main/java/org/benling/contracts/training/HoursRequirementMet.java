package org.benling.contracts.training;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A cadre now meets a training-hour requirement they had been warned about (HoursShortfallDetected of the same
 * requirement); once for the warnings before it. {@code periodEnd}: the last day of the requirement's window now met.
 * Key: cadre id.
 */
public record HoursRequirementMet(UUID cadreId, UUID unitId, String requirement, LocalDate periodEnd, LocalDate metOn) {
}
