package org.benling.contracts.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The cadre filed the yearly personal-matters report of {@code year} (the first filing; corrections publish nothing).
 * Whether and when, never what. Key: cadre id.
 */
public record PersonalReportFiled(UUID cadreId, int year, LocalDate filedOn) {
}
