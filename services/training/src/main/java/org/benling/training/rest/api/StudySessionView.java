package org.benling.training.rest.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.platform.preconditions.Versioned;
import org.benling.training.domain.StudySession;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A study session with its unit's name and each attendee's employee number and name (null when unknown here). */
@Schema(name = "StudySession")
public record StudySessionView(UUID id, UUID unitId, @Nullable String unitName, String topic, LocalDate heldOn,
        BigDecimal hours, List<String> speakers, List<Attendee> attendees, List<String> reports,
        Set<Capability> capabilities, String recordedBy, Instant recordedAt, long version) implements Versioned {

    @Schema(name = "StudySessionAttendee")
    public record Attendee(UUID cadreId, @Nullable String employeeNumber, @Nullable String name) {
    }

    public static StudySessionView of(StudySession s, String unitName, List<Attendee> attendees) {
        return new StudySessionView(s.id, s.unitId, unitName, s.topic, s.heldOn, s.hours, List.of(s.speakers), attendees,
                List.of(s.reports), s.capabilitySet(), s.recordedBy, s.recordedAt, s.version);
    }
}
