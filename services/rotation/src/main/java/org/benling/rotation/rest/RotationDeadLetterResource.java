package org.benling.rotation.rest;

import jakarta.ws.rs.Path;
import org.benling.platform.inbox.DeadLetterResource;

/** What rotation's consumers refused, and its replay (platform {@link DeadLetterResource}). */
@Path("/api/rotation/dead-letters")
public class RotationDeadLetterResource extends DeadLetterResource {
}
