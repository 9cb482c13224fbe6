package org.benling.contracts.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.supervision.Influence;
import org.benling.contracts.supervision.MeasureFamily;
import org.benling.contracts.supervision.MeasureOnRecord;
import org.benling.contracts.supervision.MeasureType;

/**
 * A measure of the catalogue (党纪处分, 政务处分, 组织处理, 诫勉, form-1 measures, a case filed) was applied to a cadre,
 * with the catalogue row it was imposed under: its promotion influence ({@code influence} as the policy spells it,
 * {@code influenceUntil} its last day, null while open-ended) and its effect on the annual assessment of the year
 * it was imposed in and the following ones ({@code effects}). Key: cadre id. Version 2 ({@code .v2}): version 1
 * ({@link MeasureAppliedV1}) knew only a name and a fixed last day.
 *
 * @param caseId the case (立案审查调查) whose conclusion imposed this measure, if any
 */
public record MeasureApplied(UUID measureId, UUID cadreId, MeasureType type, MeasureFamily family, int form,
        String measure, LocalDate appliedOn, String influence, LocalDate influenceUntil, List<AnnualEffect> effects,
        UUID caseId) {

    public MeasureApplied {
        effects = effects == null ? List.of() : List.copyOf(effects);
    }

    /** The measure as the services that honour it keep it. */
    public MeasureOnRecord onRecord() {
        return new MeasureOnRecord(measureId, type, form, appliedOn, Influence.parse(influence), influenceUntil, effects,
                null, false, null);
    }
}
