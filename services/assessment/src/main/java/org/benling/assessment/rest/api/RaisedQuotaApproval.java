package org.benling.assessment.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RaisedQuotaApproval")
public record RaisedQuotaApproval(boolean approved, @Nullable String approver, @Nullable Instant approvedAt,
        @Nullable String reason) {
}
