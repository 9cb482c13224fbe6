package org.benling.inspection.rest;

import jakarta.ws.rs.Path;
import org.benling.platform.inbox.DeadLetterResource;

/** What inspection's consumers refused, and its replay (platform {@link DeadLetterResource}). */
@Path("/api/inspection/dead-letters")
public class InspectionDeadLetterResource extends DeadLetterResource {
}
