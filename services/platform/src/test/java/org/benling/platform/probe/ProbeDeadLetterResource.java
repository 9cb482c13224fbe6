package org.benling.platform.probe;

import jakarta.ws.rs.Path;
import org.benling.platform.inbox.DeadLetterResource;

/** The test application's dead letters, as a service serves its own. */
@Path("/api/platform-test/dead-letters")
public class ProbeDeadLetterResource extends DeadLetterResource {
}
