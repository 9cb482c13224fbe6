package org.benling.contracts.rotation;

import java.time.LocalDate;
import java.util.UUID;

/** A cadre started a practice posting. Key: cadre id. */
public record PostingStarted(UUID postingId, UUID cadreId, PostingApproved.PostingType type, String hostOrganisation,
        LocalDate startedOn, LocalDate plannedEnd) {
}
