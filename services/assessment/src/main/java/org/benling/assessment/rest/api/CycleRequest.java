package org.benling.assessment.rest.api;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param selfReportDue the day the cadres' self-reports are due (today at the earliest); by default
 *                      {@code benling.assessment.self-report-days} after today
 */
@Schema(name = "CycleRequest")
public record CycleRequest(@NotNull UUID unitId, @NotNull Integer year, @Size(max = 200) String title,
        @Nullable @Schema(description = "述职截止日期（默认今天起 30 天）/ the day the self-reports are due (by default 30 days"
                + " from today)") LocalDate selfReportDue) {
}
