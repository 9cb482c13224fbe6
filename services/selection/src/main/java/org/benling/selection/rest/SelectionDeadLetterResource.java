package org.benling.selection.rest;

import jakarta.ws.rs.Path;
import org.benling.platform.inbox.DeadLetterResource;

/** What selection's consumers refused, and its replay (platform {@link DeadLetterResource}). */
@Path("/api/selection/dead-letters")
public class SelectionDeadLetterResource extends DeadLetterResource {
}
