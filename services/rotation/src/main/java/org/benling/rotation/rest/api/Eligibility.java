package org.benling.rotation.rest.api;

import java.util.List;
import java.util.UUID;
import org.benling.contracts.supervision.EligibilityReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PostingEligibility")
public record Eligibility(UUID cadreId, boolean eligible, List<EligibilityReason> reasons) {
}
