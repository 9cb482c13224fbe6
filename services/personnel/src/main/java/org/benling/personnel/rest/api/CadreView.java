package org.benling.personnel.rest.api;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.personnel.CadreCategory;
import org.benling.contracts.personnel.Education;
import org.benling.contracts.personnel.Gender;
import org.benling.contracts.personnel.PoliticalStatus;
import org.benling.contracts.personnel.RankLevel;
import org.benling.personnel.domain.Cadre;
import org.benling.personnel.domain.Unit;
import org.benling.platform.preconditions.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Cadre", description = "干部 / A cadre of the registry")
public record CadreView(
        UUID id,
        String employeeNumber,
        String name,
        Gender gender,
        LocalDate birthDate,
        UUID unitId,
        String unitCode,
        String unitName,
        String positionTitle,
        RankLevel rankLevel,
        @Nullable LocalDate postSince,
        @Nullable LocalDate rankSince,
        @Nullable LocalDate joinedWorkOn,
        Set<CadreCategory> categories,
        @Nullable PoliticalStatus politicalStatus,
        @Nullable Education education,
        Cadre.Status status,
        @Nullable LocalDate retiredOn,
        long version) implements Versioned {

    public static CadreView of(Cadre c, Unit unit) {
        return new CadreView(c.id, c.employeeNumber, c.name, c.gender, c.birthDate, c.unitId,
                unit == null ? null : unit.code, unit == null ? null : unit.name, c.positionTitle, c.rankLevel,
                c.postSince, c.rankSince, c.joinedWorkOn, c.categorySet(), c.politicalStatus, c.education, c.status,
                c.retiredOn, c.version);
    }
}
