package org.benling.inspection.rest.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An inspector's conclusion when accepting a rectification report and closing the finding (销号). */
@Schema(name = "FindingJudgement")
public record FindingJudgement(@Size(max = 2000) String conclusion) {
}
