package org.benling.contracts.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A supervision measure of the four forms (监督执纪"四种形态", form 1–4) was applied to a cadre; it blocks 优秀
 * and promotion until {@code influenceUntil}. Key: cadre id.
 */
public record MeasureApplied(UUID measureId, UUID cadreId, int form, String measure, LocalDate appliedOn,
        LocalDate influenceUntil) {
}
