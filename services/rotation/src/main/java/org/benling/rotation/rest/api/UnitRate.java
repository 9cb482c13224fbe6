package org.benling.rotation.rest.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitRotation")
public record UnitRate(UUID unitId, String name, long activeCadres, long rotated, double rate) {
}
