package org.benling.training.rest.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.benling.training.domain.rules.ComplianceStatus;

/** One page of a unit's compliance table, with the counts over the whole subtree. */
public record UnitComplianceView(LocalDate assessedOn, LocalDate rollingStart, LocalDate yearStart, int cadres,
        Map<ComplianceStatus, Integer> byStatus, int page, int size, int totalPages, int total,
        List<CadreCompliance> items) {
}
