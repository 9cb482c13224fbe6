package org.benling.training.rest.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimDecision")
public record ClaimDecision(@Size(max = 1000) String note) {
}
