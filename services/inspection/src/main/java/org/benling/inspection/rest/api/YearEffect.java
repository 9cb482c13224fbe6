package org.benling.inspection.rest.api;

import org.benling.contracts.supervision.AnnualEffect;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One year's effect of a measure on the annual assessment (年度考核), from the year it was imposed in. */
@Schema(name = "MeasureYearEffect")
public record YearEffect(int year, AnnualEffect effect, String effectName) {
}
