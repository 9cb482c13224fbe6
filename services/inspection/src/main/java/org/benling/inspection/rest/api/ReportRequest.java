package org.benling.inspection.rest.api;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The rectification report (整改报告) the responsible unit files for a finding, with its evidence. */
@Schema(name = "RectificationRequest")
public record ReportRequest(@Size(max = 4000) String summary, @Size(max = 4000) String measures,
        @Size(max = 50) List<@Size(max = 500) String> evidence, LocalDate completedOn) {
}
