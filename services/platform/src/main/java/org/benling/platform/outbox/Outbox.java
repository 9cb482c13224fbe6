package org.benling.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.benling.contracts.events.CloudEvent;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.events.EventType;
import org.benling.platform.tracing.TraceContext;
import org.hibernate.Session;

/**
 * Writes events to the outbox table inside the caller's transaction, so an event exists exactly when the state
 * change it describes does. {@link OutboxRelay} publishes them once the transaction commits ({@link OutboxWakeup}).
 *
 * <p>Rows go in through the transaction's JDBC connection, not a Hibernate query: a query would flush (and
 * dirty-check) every pending entity first, which turns a bulk use case such as a 10,000-row import quadratic.
 * Each row keeps the trace it was written in ({@code traceparent}), so that the consumers' work joins that trace.
 */
@ApplicationScoped
public class Outbox {

    @Inject EntityManager em;
    @Inject Clock clock;
    @Inject OutboxWakeup wakeup;

    /** One event to write: its type, producing service, key (aggregate id) and data. */
    public record Pending<T>(EventType<T> type, String source, String key, T data) {
    }

    /**
     * @param source the producing service, e.g. {@code /benling/personnel}
     * @param key    the aggregate id: Kafka key and CloudEvents subject
     * @return the envelope as written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> CloudEvent publish(EventType<T> type, String source, String key, T data) {
        return publishAll(List.of(new Pending<>(type, source, key, data))).get(0);
    }

    /** Writes several events in one JDBC batch, in list order (the relay publishes them in that order). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CloudEvent> publishAll(List<? extends Pending<?>> events) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // the trace of the request (or delivery) that wrote them: the relay sends it on with each record
        String traceparent = TraceContext.traceparent();
        List<CloudEvent> written = new ArrayList<>(events.size());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO outbox_event (event_id, topic, record_key, event_type, payload, traceparent)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                int batched = 0;
                for (Pending<?> pending : events) {
                    CloudEvent event = envelope(pending, now);
                    insert.setObject(1, event.id());
                    insert.setString(2, pending.type().topic());
                    insert.setString(3, pending.key());
                    insert.setString(4, pending.type().type());
                    insert.setString(5, EventJson.write(event));
                    insert.setString(6, traceparent);
                    insert.addBatch();
                    written.add(event);
                    if (++batched % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            wakeup.written(connection);
        });
        return written;
    }

    private static <T> CloudEvent envelope(Pending<T> pending, OffsetDateTime now) {
        return EventJson.envelope(pending.type(), pending.source(), pending.key(), now, pending.data());
    }
}
