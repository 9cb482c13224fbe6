package org.benling.inspection.rest.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the daily run did on its day: overdue findings reported, measures expired. */
@Schema(name = "DailyRunResult")
public record DailyRunResult(LocalDate day, int overdueFindings, int expiredMeasures) {
}
