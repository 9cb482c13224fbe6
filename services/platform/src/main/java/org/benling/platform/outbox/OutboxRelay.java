package org.benling.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.benling.platform.jobs.JobRuns;
import org.benling.platform.jobs.OncePerFireTime;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka and marks each one sent only after the broker acknowledged it.
 *
 * <p>Several instances share the work without racing on a key: rows fall into {@code benling.outbox.slots} slots
 * by the hash of their key, and a batch relays the rows of one slot under a transaction-scoped advisory lock on it.
 * Each instance goes round the slots, skipping those another instance holds, so N instances relay N slots at once
 * while a key's rows are only ever in one transaction, sent in order and acknowledged before the next batch of
 * that slot can start. (Row locks alone — {@code FOR UPDATE SKIP LOCKED} — would let a second instance take a
 * later row of a key while the first still sends an earlier one.) A row whose
 * publish failed is retried with exponential backoff, forever: nothing is dropped or left stuck. While an
 * earlier row of the same key waits for its retry, later rows of that key wait too, so a key's events reach
 * the topic in the order they were written. The first failure in a batch abandons every send not yet
 * acknowledged (the producer itself never expires a record): otherwise a batch the producer gave up on would let
 * the next ones of its partition through, a key's later events ahead of an earlier one.
 *
 * <p>A row written in a trace is sent in a span of that trace ({@code <topic> publish}, a child of the span that
 * wrote it), and the record carries that span's context as its {@code traceparent} header, so the consumers'
 * spans join the same trace (platform {@code tracing/TraceContext}, the inbox).
 *
 * <p>A round starts as soon as a transaction that wrote rows commits ({@link OutboxWakeup}: in this instance after
 * the commit, in the others through PostgreSQL's NOTIFY), on the relay's own thread; the poll every
 * {@code benling.outbox.poll-interval} is the safety net (retries coming due, a wake-up missed). Wake-ups that
 * arrive during a round fold into one more round after it, so a burst of commits costs a few rounds, not one each.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject EntityManager em;
    @Inject BatchSender sender;
    @Inject OutboxConfig config;
    @Inject TopicProvisioner topics;
    @Inject JobRuns jobRuns;
    @Inject OutboxBacklog backlog;

    private volatile boolean shuttingDown;
    /** A round is running (on whichever thread). */
    private final AtomicBoolean running = new AtomicBoolean();
    /** Rows may be due that no running round will see: one more round is owed. */
    private final AtomicBoolean due = new AtomicBoolean();
    private final ExecutorService wakeups = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });

    /** Every instance relays (the simple scheduler, not Quartz): they share the rows, see the class comment. */
    @Scheduled(identity = "outbox-relay", executeWith = Scheduled.SIMPLE,
            every = "${benling.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        due.set(true);
        drain();
    }

    /** Rows were committed: relay them now on the relay's thread (returns at once). */
    public void wake() {
        if (shuttingDown) {
            return;
        }
        due.set(true);
        if (!running.get()) {
            try {
                wakeups.execute(this::drain);
            } catch (java.util.concurrent.RejectedExecutionException stopped) {
                // shutting down: the next instance relays the rows
            }
        }
    }

    /** Runs rounds while one is owed and no other thread runs one; a round owed meanwhile is run by its owner. */
    private void drain() {
        while (due.get() && !shuttingDown && running.compareAndSet(false, true)) {
            try {
                due.set(false);
                round();
            } finally {
                running.set(false);
            }
        }
    }

    private void round() {
        if (!config.relayEnabled()) {
            return;
        }
        if (!topics.ready()) {
            topics.provision();
            if (!topics.ready()) {
                return;
            }
        }
        relayAll();
    }

    /** The advisory lock namespace of the relay's slots (the first key of {@code pg_try_advisory_xact_lock}). */
    public static final int SLOT_LOCKS = 0x0B17;

    /** Relays batches of every slot this instance can take until nothing is due; returns the rows acknowledged. */
    public int relayAll() {
        int total = 0;
        try {
            int slots = config.slots();
            // start at another slot each round, so that instances spread over the slots rather than queue on one
            int first = java.util.concurrent.ThreadLocalRandom.current().nextInt(slots);
            List<Integer> busy = new ArrayList<>(slots);
            for (int i = 0; i < slots; i++) {
                busy.add((first + i) % slots);
            }
            // a batch of each slot in turn, again for those that filled one: the slots go through a backlog together,
            // so a slot's batch passes over at most a batch of each other slot's rows before its own. Draining one slot
            // before the next made each batch pass over every row of the others written before its own: at 1.8 million
            // rows pending (the scale mode's training history) a batch took a second (docs/benchmarks.md, "Scale mode")
            while (!busy.isEmpty() && !shuttingDown) {
                List<Integer> full = new ArrayList<>(busy.size());
                for (int slot : busy) {
                    if (shuttingDown) {
                        break;
                    }
                    int sent = relayBatch(slot);
                    total += Math.max(sent, 0);
                    if (sent == config.batchSize()) {
                        full.add(slot);
                    }
                }
                busy = full;
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay round failed, rows stay pending: %s", e.getMessage());
        } finally {
            backlog.refresh(total > 0);
        }
        return total;
    }

    /**
     * One batch of one slot's rows, unless another instance holds the slot.
     *
     * @return rows acknowledged in this batch (0 when the slot is held elsewhere), or -1 when a publish failed
     */
    int relayBatch(int slot) {
        return QuarkusTransaction.requiringNew().timeout((int) config.publishTimeout().toSeconds() + 30).call(() -> {
            boolean mine = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:space, :slot)")
                    .setParameter("space", SLOT_LOCKS).setParameter("slot", slot).getSingleResult();
            if (!mine) {
                return 0;
            }
            // the keys held back by a failed row, found once per batch (a materialised CTE, whatever the statistics say):
            // as a correlated NOT EXISTS, a table whose statistics predate a burst of 10,000 rows (an import) was planned
            // as a scan of every pending row for each candidate, 286 ms a batch instead of 1 ms
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    WITH waiting AS MATERIALIZED ( -- only a row that failed can wait (V0.12)
                        SELECT record_key, min(id) AS first_id FROM outbox_event
                        WHERE sent_at IS NULL AND attempts > 0 AND next_attempt_at > now()
                        GROUP BY record_key)
                    SELECT o.id, o.topic, o.record_key, o.payload, o.attempts, o.event_id, o.event_type, o.traceparent
                    FROM outbox_event o
                    WHERE o.sent_at IS NULL AND o.next_attempt_at <= now()
                      AND (hashtext(coalesce(o.record_key, ''))::bigint & 2147483647) % :slots = :slot
                      AND NOT EXISTS (SELECT 1 FROM waiting w WHERE w.record_key = o.record_key AND w.first_id < o.id)
                    ORDER BY o.id
                    LIMIT :limit""")
                    .setParameter("slots", config.slots())
                    .setParameter("slot", slot)
                    .setParameter("limit", config.batchSize())
                    .getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            List<BatchSender.Row> batch = rows.stream().map(BatchSender.Row::of).toList();
            List<String> errors = sender.send(batch, config.publishTimeout());
            List<Long> sent = new ArrayList<>();
            Set<String> failedKeys = new HashSet<>();
            for (int i = 0; i < batch.size(); i++) {
                BatchSender.Row row = batch.get(i);
                String error = errors.get(i);
                if (error == null && !failedKeys.contains(row.key())) {
                    sent.add(row.id());
                } else {
                    // a later row of a key whose earlier row failed is retried too, after it, to keep key order
                    failedKeys.add(row.key());
                    scheduleRetry(row.id(), row.attempts() + 1,
                            error == null ? "held back behind an earlier failed event of key " + row.key() : error);
                }
            }
            if (!sent.isEmpty()) {
                em.createNativeQuery("UPDATE outbox_event SET sent_at = now(), last_error = NULL WHERE id IN (:ids)")
                        .setParameter("ids", sent).executeUpdate();
            }
            return failedKeys.isEmpty() ? sent.size() : -1;
        });
    }

    private void scheduleRetry(long id, int attempts, String error) {
        Duration backoff = config.backoff(attempts);
        em.createNativeQuery("""
                UPDATE outbox_event SET attempts = :attempts, last_error = :error,
                       next_attempt_at = now() + make_interval(secs => :backoff)
                WHERE id = :id""")
                .setParameter("attempts", attempts)
                .setParameter("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .setParameter("backoff", backoff.toMillis() / 1000.0)
                .setParameter("id", id)
                .executeUpdate();
        if (attempts == 1 || attempts % 10 == 0) {
            LOG.warnf("outbox event %d not published (attempt %d), retry in %s: %s", id, attempts, backoff, error);
        }
    }

    /**
     * Deletes rows acknowledged longer ago than the retention (the topic is the record from then on), and old rows of
     * the job log; once an hour across all instances (Quartz, clustered).
     */
    @Scheduled(identity = "outbox-purge", every = "1h", delayed = "1m", skipExecutionIf = OncePerFireTime.class)
    void purgeSent() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM outbox_event WHERE sent_at < now() - make_interval(secs => :seconds)")
                .setParameter("seconds", (double) config.sentRetention().toSeconds())
                .executeUpdate());
        jobRuns.purge();
    }

    void onStop(@Observes ShutdownEvent event) {
        shuttingDown = true;
        wakeups.shutdown();
    }
}
