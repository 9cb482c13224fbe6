package org.benling.training.rest.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.benling.platform.preconditions.Versioned;
import org.benling.training.domain.TrainingPlan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TrainingPlan")
public record PlanView(UUID id, UUID unitId, int year, String title, BigDecimal targetCoverage,
        BigDecimal targetHoursPerCadre, List<UUID> designatedCadreIds, Progress progress, long version) implements Versioned {
}
