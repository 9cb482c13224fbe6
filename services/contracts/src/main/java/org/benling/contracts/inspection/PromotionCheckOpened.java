package org.benling.contracts.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The mandatory check of a promotion candidate's personal-matters report (提拔必查) was opened: until it is concluded
 * the cadre may not be a candidate (CandidateEligibility). Carries no content of the report. Key: cadre id.
 */
public record PromotionCheckOpened(UUID checkId, UUID cadreId, LocalDate openedOn) {
}
