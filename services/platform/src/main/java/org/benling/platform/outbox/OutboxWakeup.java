package org.benling.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Wakes the relay as soon as a transaction that wrote outbox rows commits, so that an event leaves within milliseconds
 * instead of waiting for the relay's next poll.
 * <ul>
 * <li>In this instance: a JTA synchronization registered by the first row a transaction writes calls
 * {@link OutboxRelay#wake()} after the transaction committed (never after a rollback).</li>
 * <li>In the service's other instances, which may hold the rows' slots: the same transaction sends
 * {@code NOTIFY benling_outbox}, which PostgreSQL delivers only when it commits, and each instance keeps one
 * connection listening on that channel. A notification from its own writes wakes an instance twice; the relay
 * folds the wake-ups into one round.</li>
 * </ul>
 * The relay's poll ({@code benling.outbox.poll-interval}) stays as the safety net: rows whose retry comes due, and
 * whatever was committed while the listening connection was being re-established.
 *
 * <p>The listener holds a pooled JDBC connection on a thread of its own (pgjdbc's {@code getNotifications} with a
 * timeout): the project has no reactive PostgreSQL client, and a second driver with its own connection settings for
 * one channel would be more to configure and secure than these lines. When the connection breaks (the database
 * restarting) it schedules the next attempt after a growing pause, and wakes the relay once it listens again.
 */
@ApplicationScoped
public class OutboxWakeup {

    private static final Logger LOG = Logger.getLogger(OutboxWakeup.class);

    /** The PostgreSQL channel the outbox's writers notify and every relay listens on. */
    public static final String CHANNEL = "benling_outbox";
    private static final Object REGISTERED = new Object();
    private static final long FIRST_PAUSE_MS = 500;
    private static final long LONGEST_PAUSE_MS = 10_000;

    @Inject TransactionSynchronizationRegistry transactions;
    @Inject AgroalDataSource dataSource;
    @Inject OutboxConfig config;
    @Inject OutboxRelay relay;

    private volatile boolean stopping;
    /** Runs the listening connection, and schedules its reconnection. */
    private final ScheduledExecutorService listener = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-listener");
        thread.setDaemon(true);
        return thread;
    });
    /** The pause before the next attempt to listen; touched by the listener's thread only. */
    private long pause = FIRST_PAUSE_MS;

    /**
     * Called with the transaction's connection after rows were written: the first call in a transaction notifies the
     * other instances (delivered on commit) and arranges the wake-up of this one after the commit.
     */
    void written(Connection connection) throws SQLException {
        if (!config.wakeOnCommit() || transactions.getResource(REGISTERED) != null) {
            return;
        }
        transactions.putResource(REGISTERED, Boolean.TRUE);
        try (Statement notify = connection.createStatement()) {
            notify.execute("NOTIFY " + CHANNEL);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }

    void start(@Observes StartupEvent event) {
        if (config.wakeOnCommit() && config.relayEnabled()) {
            listener.execute(this::listen);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        listener.shutdownNow();
    }

    /** Listens until the connection breaks or the instance stops; after a break, tries again after a pause. */
    private void listen() {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
            }
            PGConnection pg = connection.unwrap(PGConnection.class);
            pause = FIRST_PAUSE_MS;
            relay.wake(); // whatever was committed while this instance was not listening
            while (!stopping) {
                PGNotification[] notifications = pg.getNotifications(1000);
                if (notifications != null && notifications.length > 0) {
                    relay.wake();
                }
            }
        } catch (SQLException | RuntimeException e) {
            if (stopping) {
                return;
            }
            LOG.debugf("outbox listener reconnects in %d ms: %s", pause, e.getMessage());
            try {
                listener.schedule(this::listen, pause, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopped) {
                return; // the instance is stopping
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
        }
    }
}
