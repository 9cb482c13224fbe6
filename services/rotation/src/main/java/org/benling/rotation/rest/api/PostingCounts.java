package org.benling.rotation.rest.api;

import java.util.Map;
import org.benling.rotation.domain.rules.PostingWorkflow.Status;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many postings pass a filter, by status, and in all. */
@Schema(description = "各状态的挂职/交流数 / Postings by status")
public record PostingCounts(
        @Schema(required = true, description = "每个状态都有，无则为 0 / Every status, 0 when none") Map<Status, Long> byStatus,
        @Schema(required = true) long total) {
}
