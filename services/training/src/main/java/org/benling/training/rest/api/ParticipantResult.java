package org.benling.training.rest.api;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant's test score when a class is completed (none for a class without a test). */
@Schema(name = "Result")
public record ParticipantResult(UUID enrolmentId, BigDecimal testScore) {
}
