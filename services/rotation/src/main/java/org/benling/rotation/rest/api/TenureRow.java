package org.benling.rotation.rest.api;

import java.time.LocalDate;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.rotation.domain.rules.Tenure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TenureDue")
public record TenureRow(UUID cadreId, String employeeNumber, String name, UUID unitId, String unitName,
        String positionTitle, RankLevel rankLevel, LocalDate postSince, double yearsInPost, boolean keyPost,
        int limitYears, LocalDate dueOn, Tenure.Status status, boolean onPosting) {
}
