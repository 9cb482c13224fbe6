package org.benling.contracts.rotation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A leader visited their grassroots contact point (基层联系点): the day and how many of the problems raised were solved.
 * Evidence of mass work. Key: cadre id.
 */
public record GrassrootsVisitRecorded(UUID visitId, UUID contactPointId, UUID cadreId, String place, LocalDate visitedOn,
        int problemsSolved) {
}
