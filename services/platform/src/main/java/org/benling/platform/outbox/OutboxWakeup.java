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
 * <p>The listener is a plain thread on a pooled JDBC connection (pgjdbc's {@code getNotifications} with a timeout):
 * the project has no reactive PostgreSQL client, and a second driver with its own connection settings for one
 * channel would be more to configure and secure than these lines. It reconnects with a growing pause when the
 * connection breaks (the database restarting) and wakes the relay once it listens again.
 */
@ApplicationScoped
public class OutboxWakeup {

    private static final Logger LOG = Logger.getLogger(OutboxWakeup.class);

    /** The PostgreSQL channel the outbox's writers notify and every relay listens on. */
    public static final String CHANNEL = "benling_outbox";
    private static final Object REGISTERED = new Object();

    @Inject TransactionSynchronizationRegistry transactions;
    @Inject AgroalDataSource dataSource;
    @Inject OutboxConfig config;
    @Inject OutboxRelay relay;

    private volatile boolean stopping;
    private volatile Thread listener;

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
        if (!config.wakeOnCommit() || !config.relayEnabled()) {
            return;
        }
        Thread thread = new Thread(this::listen, "outbox-listener");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        long pause = 500;
        while (!stopping) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                pause = 500;
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
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = Math.min(pause * 2, 10_000);
            }
        }
    }
}
