package org.benling.inspection.domain.rules;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An inspection round: planned → on-site → feedback → rectification → closed. */
public final class RoundWorkflow {

    @Schema(name = "RoundStatus")
    public enum Status { PLANNED, ON_SITE, FEEDBACK, RECTIFICATION, CLOSED }

    @Schema(name = "RoundCommand")
    public enum Command { START, FEEDBACK, RECTIFY, CLOSE }

    private static final Map<Command, Status> FROM = Map.of(Command.START, Status.PLANNED, Command.FEEDBACK,
            Status.ON_SITE, Command.RECTIFY, Status.FEEDBACK, Command.CLOSE, Status.RECTIFICATION);
    private static final Map<Command, Status> TO = Map.of(Command.START, Status.ON_SITE, Command.FEEDBACK,
            Status.FEEDBACK, Command.RECTIFY, Status.RECTIFICATION, Command.CLOSE, Status.CLOSED);

    private RoundWorkflow() {
    }

    public static boolean allowed(Status from, Command command) {
        return FROM.get(command) == from;
    }

    public static Status next(Status from, Command command) {
        if (!allowed(from, command)) {
            throw new IllegalStateException("cannot " + command.name().toLowerCase() + " a round that is "
                    + from.name().toLowerCase());
        }
        return TO.get(command);
    }

    /** Findings are recorded while the team is on site and when it gives feedback (问题清单). */
    public static boolean acceptsFindings(Status status) {
        return status == Status.ON_SITE || status == Status.FEEDBACK;
    }

    /** A round that has actually inspected its targets (for coverage). */
    public static boolean inspected(Status status) {
        return status != Status.PLANNED;
    }
}
