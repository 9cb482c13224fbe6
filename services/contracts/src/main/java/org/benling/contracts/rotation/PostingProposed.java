package org.benling.contracts.rotation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * HR proposed a practice posting for a cadre; it waits for a leader's approval. {@code homeUnitId} is the cadre's
 * unit. Key: cadre id.
 */
public record PostingProposed(UUID postingId, UUID cadreId, UUID homeUnitId, PostingApproved.PostingType type,
        String hostOrganisation, LocalDate plannedStart, LocalDate plannedEnd) {
}
