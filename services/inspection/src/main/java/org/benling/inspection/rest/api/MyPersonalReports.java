package org.benling.inspection.rest.api;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param year       the year whose yearly report is asked now
 * @param annualDue  its due day
 * @param annual     the yearly report filed for it, if any
 * @param changeDays a change is reported within this many days
 * @param earlier    the cadre's reports before, newest first (yearly and changes)
 */
@Schema(name = "MyPersonalReports", description = "我的个人有关事项报告 / The caller's own reports")
public record MyPersonalReports(int year, LocalDate annualDue, @Nullable PersonalReportView annual, int changeDays,
        List<PersonalReportView> earlier) {
}
