package org.benling.inspection.rest.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit a round inspects, with its name. */
@Schema(name = "RoundTarget")
public record TargetView(UUID unitId, String name) {
}
