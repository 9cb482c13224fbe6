package org.benling.contracts.training;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A cadre's place in a class changed: enrolled (self or designated by HR, 点名调训), waitlisted, moved up from the
 * waitlist, or withdrawn. Carries the class's title, days and venue so that a reader (the cadre's calendar) needs no
 * other look-up. The latest event of an enrolment is its state. Key: cadre id.
 */
public record ClassPlaceChanged(UUID enrolmentId, UUID classId, UUID cadreId, String title, LocalDate startDate,
        LocalDate endDate, String venue, Place place, boolean designated) {

    /** Where the cadre stands in the class. */
    public enum Place { ENROLLED, WAITLISTED, WITHDRAWN }
}
