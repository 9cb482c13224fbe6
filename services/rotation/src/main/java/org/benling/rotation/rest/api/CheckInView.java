package org.benling.rotation.rest.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.rotation.domain.CheckIn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckIn")
public record CheckInView(UUID id, LocalDate heldOn, CheckIn.Method method, String notes, String concerns,
        String recordedBy, Instant recordedAt) {
}
