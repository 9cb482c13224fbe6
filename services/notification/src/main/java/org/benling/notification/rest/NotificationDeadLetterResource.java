package org.benling.notification.rest;

import jakarta.ws.rs.Path;
import org.benling.platform.inbox.DeadLetterResource;

/** What notification's consumers refused, and its replay (platform {@link DeadLetterResource}). */
@Path("/api/notification/dead-letters")
public class NotificationDeadLetterResource extends DeadLetterResource {
}
