package org.benling.inspection.domain.rules;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A finding's rectification: open → reported (the responsible unit filed its report) → closed by an inspector;
 * a report that does not convince is returned (open again); a follow-up round (回头看) reopens a closed finding
 * that was not fixed, with a new deadline.
 */
public final class FindingWorkflow {

    @Schema(name = "FindingStatus")
    public enum Status { OPEN, REPORTED, CLOSED, REOPENED }

    private FindingWorkflow() {
    }

    public static boolean awaitingReport(Status status) {
        return status == Status.OPEN || status == Status.REOPENED;
    }

    /** Overdue: no report filed and the deadline has passed. */
    public static boolean overdue(Status status, LocalDate due, LocalDate today) {
        return awaitingReport(status) && due != null && due.isBefore(today);
    }

    public static boolean mayReport(Status status) {
        return awaitingReport(status);
    }

    public static boolean mayClose(Status status) {
        return status == Status.REPORTED;
    }

    public static boolean mayReturn(Status status) {
        return status == Status.REPORTED;
    }

    public static boolean mayRecheck(Status status) {
        return status == Status.CLOSED;
    }
}
