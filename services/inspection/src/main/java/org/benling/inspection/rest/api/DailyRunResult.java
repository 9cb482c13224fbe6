package org.benling.inspection.rest.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the daily run did on its day: overdue findings reported, measures expired, cadres asked for their report. */
@Schema(name = "DailyRunResult")
public record DailyRunResult(LocalDate day, int overdueFindings, int expiredMeasures,
        @Schema(description = "被提醒填报个人有关事项报告的干部数 / Cadres asked for the year's personal-matters report")
        int reportsRequested) {
}
