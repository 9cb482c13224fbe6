package org.benling.personnel.rest.api;

import jakarta.annotation.Nullable;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me", description = "当前用户 / The caller: roles, unit and, for a cadre, the own record")
public record MeView(String username, Set<String> roles, @Nullable UUID unitId, @Nullable String unitName,
        @Nullable CadreView cadre) {
}
