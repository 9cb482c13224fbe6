package org.benling.contracts.inspection;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A private trip abroad (因私出国（境）) changed: asked for, approved, refused, withdrawn, the passport issued for it
 * (then {@code passportDue}, the last day it may come back to the HR office) or returned. The latest event of a trip
 * is its state. Key: cadre id.
 */
public record TripChanged(UUID tripId, UUID cadreId, UUID unitId, String destination, LocalDate departOn,
        LocalDate returnOn, Status status, @Nullable LocalDate passportDue) {

    /** Where the trip stands. */
    public enum Status { REQUESTED, APPROVED, REFUSED, CANCELLED, ISSUED, RETURNED }
}
