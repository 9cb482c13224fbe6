package org.benling.inspection.rest.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a measure is revoked (撤销). */
@Schema(name = "Revocation")
public record MeasureRevocation(@Size(max = 2000) String reason) {
}
