package org.benling.rotation.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.rotation.domain.CheckIn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckIn")
public record CheckInView(UUID id, LocalDate heldOn, CheckIn.Method method, String notes, @Nullable String concerns,
        String recordedBy, Instant recordedAt) {
}
