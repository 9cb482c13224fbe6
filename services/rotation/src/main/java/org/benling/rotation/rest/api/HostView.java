package org.benling.rotation.rest.api;

import jakarta.annotation.Nullable;
import java.util.UUID;
import org.benling.rotation.domain.rules.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HostSuggestion")
public record HostView(UUID unitId, String name, @Nullable Region region) {
}
