package org.benling.contracts.assessment;

import java.time.LocalDate;
import java.util.UUID;

/** A cadre's self-report of an annual review was filed (the first time; rewriting it publishes nothing). Key: cadre id. */
public record SelfReportFiled(UUID reviewId, UUID cycleId, UUID cadreId, LocalDate filedOn) {
}
