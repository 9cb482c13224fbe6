package org.benling.contracts.selection;

import java.time.LocalDate;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;

/**
 * A cadre was appointed (任职) at the end of an appointment trail: the post of the unit, its rank and the day. Personnel
 * takes it into the registry (the post, and the rank with its date when it changes; a transfer when the unit is
 * another). Key: the cadre id.
 */
public record AppointmentMade(UUID appointmentId, UUID cadreId, UUID unitId, String postTitle, RankLevel rankLevel,
        LocalDate appointedOn) {
}
