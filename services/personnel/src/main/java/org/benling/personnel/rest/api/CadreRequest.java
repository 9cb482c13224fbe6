package org.benling.personnel.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.personnel.CadreCategory;
import org.benling.contracts.personnel.Education;
import org.benling.contracts.personnel.Gender;
import org.benling.contracts.personnel.PoliticalStatus;
import org.benling.contracts.personnel.RankLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registration or update of a cadre. On update {@code version} is required and the unit must not change. */
@Schema(description = "干部登记/修改 / Register or update a cadre")
public record CadreRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9-]+", message = "只能包含字母、数字和连字符 / letters, digits and '-' only")
        @Schema(examples = "YZ100001") String employeeNumber,
        @NotBlank @Size(max = 64) @Schema(examples = "张伟") String name,
        @NotNull Gender gender,
        @NotNull @Past LocalDate birthDate,
        @NotNull UUID unitId,
        @NotBlank @Size(max = 200) @Schema(examples = "广东省邮政管理局市场监管处处长") String positionTitle,
        @NotNull RankLevel rankLevel,
        @PastOrPresent LocalDate postSince,
        @PastOrPresent LocalDate rankSince,
        @PastOrPresent LocalDate joinedWorkOn,
        Set<CadreCategory> categories,
        PoliticalStatus politicalStatus,
        Education education,
        @Schema(description = "修改时必填：读取时的版本 / required on update: the version you read") Long version) {

    public Set<CadreCategory> categoriesOrEmpty() {
        return categories == null ? Set.of() : categories;
    }
}
