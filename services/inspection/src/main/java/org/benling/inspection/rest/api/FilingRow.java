package org.benling.inspection.rest.api;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a cadre filed the year's report, and when: never what it says. */
@Schema(name = "PersonalReportFiling", description = "报告填报情况（不含内容）/ Who filed the year's report, never what it says")
public record FilingRow(UUID cadreId, String employeeNumber, String name, UUID unitId, String unitName, int year,
        LocalDate dueOn, Status status, @Nullable UUID reportId, @Nullable LocalDate filedOn, int changes) {

    @Schema(name = "PersonalReportFilingStatus")
    public enum Status { FILED, LATE, MISSING }
}
