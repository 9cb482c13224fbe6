package org.benling.inspection.rest.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A draw as published: with the seed and the ordered list anyone recomputes the sample (SHA-256 of
 * {@code seed:listDigest:id} for each id of the list; the lowest {@code sampleSize} are drawn; {@code recipe}).
 */
@Schema(name = "SpotCheckDraw", description = "随机抽查（公开种子与名单，可复算）/ A draw, published so anyone can recompute it")
public record DrawView(UUID id, int year, UUID unitId, String unitName, String seed, String listDigest, BigDecimal rate,
        int reporterCount, List<UUID> reporters, List<Drawn> sample, String recipe, String drawnBy, Instant drawnAt) {

    @Schema(name = "SpotCheckDrawn")
    public record Drawn(UUID cadreId, String employeeNumber, String name, UUID checkId) {
    }
}
