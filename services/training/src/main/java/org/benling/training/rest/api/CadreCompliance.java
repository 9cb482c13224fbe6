package org.benling.training.rest.api;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.training.domain.rules.ComplianceAssessment;
import org.benling.training.domain.rules.HoursTotals;

/** One cadre's standing, as listed in a unit's compliance table (and as the portfolio's compliance section). */
public record CadreCompliance(UUID cadreId, String employeeNumber, String name, UUID unitId, String unitName,
        RankLevel rankLevel, @Nullable LocalDate rankSince, HoursTotals totals, ComplianceAssessment assessment) {
}
