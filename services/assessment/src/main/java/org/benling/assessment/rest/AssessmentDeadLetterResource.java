package org.benling.assessment.rest;

import jakarta.ws.rs.Path;
import org.benling.platform.inbox.DeadLetterResource;

/** What assessment's consumers refused, and its replay (platform {@link DeadLetterResource}). */
@Path("/api/assessment/dead-letters")
public class AssessmentDeadLetterResource extends DeadLetterResource {
}
