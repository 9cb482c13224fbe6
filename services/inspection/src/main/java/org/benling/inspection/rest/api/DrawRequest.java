package org.benling.inspection.rest.api;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param seed a seed named in public beforehand (e.g. a lottery's numbers), so nobody could have chosen the sample;
 *             by default 256 random bits
 */
@Schema(name = "SpotCheckDrawRequest", description = "随机抽查 / Draw the year's random spot-check of a unit's subtree")
public record DrawRequest(@NotNull Integer year, @NotNull UUID unitId,
        @Nullable @Size(min = 4, max = 128) @Pattern(regexp = "[A-Za-z0-9._:-]+") String seed) {
}
