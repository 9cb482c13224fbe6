package org.benling.inspection.rest.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PromotionCheckRequest", description = "提拔必查：拟提拔人选的个人有关事项核实 / The mandatory check of a promotion candidate")
public record PromotionCheckRequest(@NotNull UUID cadreId) {
}
