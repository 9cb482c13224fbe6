package org.benling.inspection.rest.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.benling.inspection.domain.PersonalMatters;
import org.benling.inspection.domain.PersonalReport.ChangeKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangeReportRequest",
        description = "个人有关事项变化报告（婚姻变化、家属移居国（境）外，30 日内）/ A change, within 30 days of it")
public record ChangeReportRequest(@NotNull ChangeKind changeKind, @NotNull LocalDate changedOn,
        @NotNull @Valid PersonalMatters content) {
}
