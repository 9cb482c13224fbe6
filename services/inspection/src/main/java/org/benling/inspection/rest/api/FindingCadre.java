package org.benling.inspection.rest.api;

import jakarta.annotation.Nullable;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cadre a finding names: number and name (null when the cadre is unknown to the read model). */
@Schema(name = "FindingCadre")
public record FindingCadre(UUID id, @Nullable String employeeNumber, @Nullable String name) {
}
