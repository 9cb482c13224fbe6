package org.benling.rotation.rest.api;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.benling.rotation.domain.CheckIn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckInRequest")
public record CheckInRequest(LocalDate heldOn, CheckIn.Method method, @Size(max = 4000) String notes,
        @Size(max = 4000) String concerns) {
}
