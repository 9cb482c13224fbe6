package org.benling.assessment.rest.api;

import java.util.List;
import org.benling.contracts.supervision.EligibilityReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Eligibility as a candidate (考察对象): the one rule of contracts, on the cadre's finalised results. */
@Schema(name = "Eligibility")
public record EligibilityView(boolean eligible, List<EligibilityReason> reasons) {
}
