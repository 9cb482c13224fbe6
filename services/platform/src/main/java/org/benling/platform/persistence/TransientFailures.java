package org.benling.platform.persistence;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Which failures of a consumer's handler are the world's, not the event's: the database (or a dependency) is down,
 * restarting or too busy, or another transaction got there first. Retried, such an event is applied once the world
 * is back; dead-lettered, it would be lost to the consumer. Everything else is the event's problem (or a defect) and
 * goes to the dead-letter topic. A request that meets one is answered 503 with Retry-After (never a 500, never a 2xx
 * for a write that was not made: the transaction rolled back). Decided on the whole chain of causes, by type and by SQLSTATE (PostgreSQL's driver
 * reports most failures as a plain {@link SQLException} with its state).
 */
public final class TransientFailures {

    public enum Kind {
        /** Nothing reached the database, or it went away: wait for it, however long. */
        UNAVAILABLE,
        /** A lock, a deadlock, a serialization failure or a concurrent update: try again a few times. */
        CONFLICT
    }

    /** SQLSTATE classes and codes of an unavailable database (PostgreSQL, Appendix A). */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("08", "53", "57P01", "57P02", "57P03", "58030");
    /** SQLSTATE of conflicts: serialization failure, deadlock, lock not available. */
    private static final Set<String> CONFLICT_STATES = Set.of("40001", "40P01", "55P03");

    /** The kind of a transient failure, or null when {@code failure} is permanent. */
    public static Kind of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String type = t.getClass().getName();
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException || t instanceof ConnectException
                    || t instanceof SocketTimeoutException || type.equals("org.hibernate.exception.JDBCConnectionException")) {
                return Kind.UNAVAILABLE;
            }
            if (type.equals("jakarta.persistence.OptimisticLockException") || type.equals("org.hibernate.StaleStateException")
                    || type.equals("org.hibernate.StaleObjectStateException")
                    || type.equals("org.hibernate.exception.LockAcquisitionException")
                    || type.equals("jakarta.persistence.PessimisticLockException")
                    || type.equals("jakarta.persistence.LockTimeoutException")) {
                return Kind.CONFLICT;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null && String.valueOf(sql.getMessage()).contains("Acquisition timeout")) {
                    // Agroal: no connection could be had from the pool in time
                    return Kind.UNAVAILABLE;
                }
                if (state != null && (UNAVAILABLE_STATES.contains(state) || UNAVAILABLE_STATES.contains(state.substring(0,
                        Math.min(2, state.length()))))) {
                    return Kind.UNAVAILABLE;
                }
                if (state != null && CONFLICT_STATES.contains(state)) {
                    return Kind.CONFLICT;
                }
            }
        }
        return null;
    }

    private TransientFailures() {
    }
}
