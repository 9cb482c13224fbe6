package org.benling.personnel.rest;

import jakarta.ws.rs.Path;
import org.benling.platform.inbox.DeadLetterResource;

/** What personnel's consumer (selection's appointments) refused, and its replay (platform {@link DeadLetterResource}). */
@Path("/api/personnel/dead-letters")
public class PersonnelDeadLetterResource extends DeadLetterResource {
}
