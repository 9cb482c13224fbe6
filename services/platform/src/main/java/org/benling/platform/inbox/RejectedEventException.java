package org.benling.platform.inbox;

/**
 * The inbox refused an event: it is malformed, not from the topic's owner, of an unknown type, a duplicate, or its
 * handler refused it (a permanent failure; a transient one is retried). The consumer's failure strategy sends it to
 * {@code <topic>.dlq} with this message as the reason — ending with the consumer that refused it — and consumption
 * goes on.
 */
public class RejectedEventException extends RuntimeException {

    public enum Reason { MALFORMED, FOREIGN_SOURCE, UNKNOWN_TYPE, DUPLICATE, HANDLER_FAILED }

    private final Reason reason;
    private final String detail;

    public RejectedEventException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
        this.detail = message;
    }

    private RejectedEventException(RejectedEventException refused, String consumer) {
        super(refused.reason + ": " + refused.detail + " " + CONSUMER_TAG.formatted(consumer), refused.getCause());
        this.reason = refused.reason;
        this.detail = refused.detail;
    }

    /** How the dead-letter reason names the consumer that refused the event (several consumers share a DLQ topic). */
    static final String CONSUMER_TAG = "[consumer %s]";
    private static final java.util.regex.Pattern TAGGED = java.util.regex.Pattern.compile("\\[consumer ([A-Za-z0-9_.-]+)]$");

    /** The same refusal, its message ending with the consumer's name: the DLQ record's reason says who refused it. */
    RejectedEventException by(String consumer) {
        return new RejectedEventException(this, consumer);
    }

    /** The consumer a dead-letter reason names, if it names one. */
    static java.util.Optional<String> consumerOf(String deadLetterReason) {
        var m = deadLetterReason == null ? null : TAGGED.matcher(deadLetterReason);
        return m != null && m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    public Reason reason() {
        return reason;
    }
}
