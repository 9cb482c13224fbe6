package org.benling.inspection.domain.rules;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A private trip abroad (因私出国（境）): requested → approved (before travel) → the passport issued by the HR office
 * that holds it → returned to it; refused, or cancelled before the passport is out.
 */
public final class TripWorkflow {

    @Schema(name = "TripStatus")
    public enum Status { REQUESTED, APPROVED, REFUSED, CANCELLED, ISSUED, RETURNED }

    @Schema(name = "TripCommand")
    public enum Command { APPROVE, REFUSE, CANCEL, ISSUE_PASSPORT, RETURN_PASSPORT }

    private static final Map<Command, Set<Status>> FROM = Map.of(
            Command.APPROVE, EnumSet.of(Status.REQUESTED),
            Command.REFUSE, EnumSet.of(Status.REQUESTED),
            Command.CANCEL, EnumSet.of(Status.REQUESTED, Status.APPROVED),
            Command.ISSUE_PASSPORT, EnumSet.of(Status.APPROVED),
            Command.RETURN_PASSPORT, EnumSet.of(Status.ISSUED));

    private static final Map<Command, Status> TO = Map.of(Command.APPROVE, Status.APPROVED, Command.REFUSE, Status.REFUSED,
            Command.CANCEL, Status.CANCELLED, Command.ISSUE_PASSPORT, Status.ISSUED, Command.RETURN_PASSPORT,
            Status.RETURNED);

    private TripWorkflow() {
    }

    public static boolean allowed(Status from, Command command) {
        return FROM.get(command).contains(from);
    }

    /** The status after the command, or {@link IllegalStateException} naming what is allowed. */
    public static Status apply(Status from, Command command) {
        if (!allowed(from, command)) {
            throw new IllegalStateException("cannot " + command.name().toLowerCase() + " a trip that is "
                    + from.name().toLowerCase() + "; allowed from " + FROM.get(command));
        }
        return TO.get(command);
    }

    /** Trips that hold their days and their passport: another trip may not overlap them. */
    public static boolean open(Status status) {
        return status == Status.REQUESTED || status == Status.APPROVED || status == Status.ISSUED;
    }
}
