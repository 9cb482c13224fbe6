package org.benling.inspection.rest.api;

import java.util.List;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.supervision.MeasureFamily;
import org.benling.contracts.supervision.MeasureType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A row of the catalogue, for the form that applies measures (grouped by family, with what each does). */
@Schema(name = "MeasureCatalogRow")
public record CatalogRow(MeasureType type, String name, MeasureFamily family, String familyName, List<Integer> forms,
        String influence, List<AnnualEffect> effects, List<String> effectNames, boolean openEnded) {
}
