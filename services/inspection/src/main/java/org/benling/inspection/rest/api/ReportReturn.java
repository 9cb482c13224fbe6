package org.benling.inspection.rest.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an inspector returns a rectification report. */
@Schema(name = "ReportReturn")
public record ReportReturn(@Size(max = 2000) String note) {
}
