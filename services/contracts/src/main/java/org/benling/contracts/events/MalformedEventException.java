package org.benling.contracts.events;

/** The bytes on the topic are not an event of the catalogue; consumers send them to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
