package org.benling.inspection.rest.api;

import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.benling.inspection.domain.PersonalMatters;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** @param version the version read, when correcting the report (a stale one is refused) */
@Schema(name = "AnnualReportRequest", description = "年度个人有关事项报告 / The yearly report")
public record AnnualReportRequest(@NotNull @Valid PersonalMatters content, @Nullable Long version) {
}
