package org.benling.platform.inbox;

/**
 * The inbox refused an event: it is malformed, not from the topic's owner, of an unknown type, a duplicate, or its
 * handler refused it (a permanent failure; a transient one is retried). The consumer's failure strategy sends it to
 * {@code <topic>.dlq} with this message as the reason, and consumption goes on.
 */
public class RejectedEventException extends RuntimeException {

    public enum Reason { MALFORMED, FOREIGN_SOURCE, UNKNOWN_TYPE, DUPLICATE, HANDLER_FAILED }

    private final Reason reason;

    public RejectedEventException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
