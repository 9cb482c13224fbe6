package org.benling.platform.probe;

import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.benling.platform.inbox.EventRouter;
import org.benling.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies probe events through the inbox, as a service's consumer would. */
@ApplicationScoped
@Startup // named with the inbox at start, so a replay finds it before any delivery
public class ProbeConsumer {

    @Inject EntityManager em;
    @Inject jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /** The transaction's resource: the "step" events its handlers noted for the step before the commit. */
    private static final Object NOTED = new Object();

    /** The "fix" a dead-letter replay waits for: until set, events noted "needs-a-fix" are refused. */
    public static final java.util.concurrent.atomic.AtomicBoolean FIXED = new java.util.concurrent.atomic.AtomicBoolean();

    /** How many times each event was tried, for the notes that fail transiently. */
    public static final java.util.Map<java.util.UUID, Integer> ATTEMPTS = new java.util.concurrent.ConcurrentHashMap<>();

    private final EventRouter router = EventRouter.from(Probe.SOURCE).on(Probe.ON_PROBE_TOPIC, (event, probe) -> {
        int attempt = ATTEMPTS.merge(event.id(), 1, Integer::sum);
        if ("needs-a-fix".equals(probe.note()) && !FIXED.get()) {
            throw new IllegalStateException("refused until the fix is deployed");
        }
        if ("explode".equals(probe.note())) {
            throw new IllegalStateException("the handler refuses to apply 'explode'");
        }
        // the database away for the first three attempts, as PostgreSQL's driver reports it (SQLSTATE 08006)
        if ("database-away".equals(probe.note()) && attempt <= 3) {
            throw new jakarta.persistence.PersistenceException("could not execute statement",
                    new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006"));
        }
        // a concurrent update every time: tried a bounded number of times, then refused
        if ("always-conflicting".equals(probe.note())) {
            throw new jakarta.persistence.OptimisticLockException("row was updated by another transaction");
        }
        em.createNativeQuery("INSERT INTO probe_effect (event_id, note) VALUES (:id, :note)")
                .setParameter("id", event.id()).setParameter("note", probe.note()).executeUpdate();
        if (probe.note() != null && probe.note().startsWith("step")) {
            noted().put(event.id(), probe.note());
        }
    }).beforeCommit(this::step);

    @SuppressWarnings("unchecked")
    private java.util.Map<java.util.UUID, String> noted() {
        var noted = (java.util.Map<java.util.UUID, String>) transactions.getResource(NOTED);
        if (noted == null) {
            noted = new java.util.LinkedHashMap<>();
            transactions.putResource(NOTED, noted);
        }
        return noted;
    }

    /** Once per transaction: one row naming the "step" events it applied; a "step-fails" among them fails it. */
    private void step() {
        var noted = noted();
        if (noted.isEmpty()) {
            return;
        }
        if (noted.containsValue("step-fails")) {
            throw new IllegalStateException("the step before the commit refuses 'step-fails'");
        }
        em.createNativeQuery("INSERT INTO probe_step (events) VALUES (:events)")
                .setParameter("events", noted.keySet().toArray(java.util.UUID[]::new)).executeUpdate();
    }

    private final Inbox.Consumer consumer;

    @Inject
    ProbeConsumer(Inbox inbox) {
        consumer = inbox.consumer("platform-test", router);
    }

    /** Delivers records as the connector would deliver one batch of them (a test decides what a batch holds). */
    public void deliver(java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records) {
        consumer.inbox().acceptAll(consumer.name(), records, router);
    }

    @Incoming("probe")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        consumer.acceptAll(records);
    }
}
