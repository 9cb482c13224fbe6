package org.benling.assessment.rest.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RaisedQuotaApproval")
public record RaisedQuotaApproval(boolean approved, String approver, Instant approvedAt, String reason) {
}
