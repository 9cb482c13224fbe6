package org.benling.rotation.domain.rules;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The posting workflow: proposed → approved → active → completed, and cancelled before it starts. */
public final class PostingWorkflow {

    @Schema(name = "PostingStatus")
    public enum Status { PROPOSED, APPROVED, ACTIVE, COMPLETED, CANCELLED }

    @Schema(name = "PostingCommand")
    public enum Command { APPROVE, START, COMPLETE, CANCEL }

    private static final Map<Command, Set<Status>> FROM = Map.of(
            Command.APPROVE, EnumSet.of(Status.PROPOSED),
            Command.START, EnumSet.of(Status.APPROVED),
            Command.COMPLETE, EnumSet.of(Status.ACTIVE),
            Command.CANCEL, EnumSet.of(Status.PROPOSED, Status.APPROVED));

    private static final Map<Command, Status> TO = Map.of(Command.APPROVE, Status.APPROVED, Command.START, Status.ACTIVE,
            Command.COMPLETE, Status.COMPLETED, Command.CANCEL, Status.CANCELLED);

    private PostingWorkflow() {
    }

    public static boolean allowed(Status from, Command command) {
        return FROM.get(command).contains(from);
    }

    /** The status after the command, or {@link IllegalStateException} naming what is allowed. */
    public static Status apply(Status from, Command command) {
        if (!allowed(from, command)) {
            throw new IllegalStateException("cannot " + command.name().toLowerCase() + " a posting that is "
                    + from.name().toLowerCase() + "; allowed from " + FROM.get(command));
        }
        return TO.get(command);
    }

    /** Postings that hold the cadre: no second one may be proposed meanwhile. */
    public static boolean open(Status status) {
        return status == Status.PROPOSED || status == Status.APPROVED || status == Status.ACTIVE;
    }
}
