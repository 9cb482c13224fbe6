package org.benling.training.rest;

import jakarta.ws.rs.Path;
import org.benling.platform.inbox.DeadLetterResource;

/** What training's consumers refused, and its replay (platform {@link DeadLetterResource}). */
@Path("/api/training/dead-letters")
public class TrainingDeadLetterResource extends DeadLetterResource {
}
