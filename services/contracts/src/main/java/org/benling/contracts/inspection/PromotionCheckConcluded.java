package org.benling.contracts.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A 提拔必查 was concluded. The result itself is not told: 漏报 or 瞒报 reach the consumers as the measure they bring
 * (MeasureApplied, published before this event under the same key). Key: cadre id.
 */
public record PromotionCheckConcluded(UUID checkId, UUID cadreId, LocalDate concludedOn) {
}
