package org.benling.inspection.rest.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.inspection.domain.Passport;
import org.benling.inspection.domain.PersonalMatters;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HeldPassportRequest", description = "登记一本由人事部门集中保管的证照 / Register a passport the HR office holds")
public record PassportRequest(@NotNull UUID cadreId, @NotNull PersonalMatters.PassportKind kind,
        @NotNull @Size(min = 5, max = 20) @Pattern(regexp = "[A-Za-z0-9]+", message = "letters and digits only / 仅限字母和数字")
        String number,
        @NotNull LocalDate expiresOn) {
}
