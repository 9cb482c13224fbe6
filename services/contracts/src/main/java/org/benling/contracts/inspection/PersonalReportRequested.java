package org.benling.contracts.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The cadre is asked for the yearly personal-matters report (个人有关事项报告) of {@code year}, due {@code dueOn}; one
 * per cadre and year, published when the reporting season opens or the cadre joins during it. Key: cadre id.
 */
public record PersonalReportRequested(UUID cadreId, int year, LocalDate dueOn) {
}
