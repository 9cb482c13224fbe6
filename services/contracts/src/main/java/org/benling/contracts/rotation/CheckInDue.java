package org.benling.contracts.rotation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The next care check-in (人文关怀) with a cadre on an active posting is due on {@code dueOn}: published when the posting
 * starts and after each check-in ({@code lastHeldOn}, null before the first). The posting's end (PostingCompleted)
 * ends the series. Rotation decides the interval (its policy); the HR office of the home unit holds the check-in.
 * Key: cadre id.
 */
public record CheckInDue(UUID postingId, UUID cadreId, UUID homeUnitId, String hostOrganisation, LocalDate dueOn,
        LocalDate lastHeldOn) {
}
