package org.benling.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.benling.contracts.events.CloudEvent;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.events.EventType;

/**
 * Writes an event to the outbox table inside the caller's transaction, so the event exists exactly when
 * the state change it describes does. {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * @param source the producing service, e.g. {@code /benling/personnel}
     * @param key    the aggregate id: Kafka key and CloudEvents subject
     * @return the envelope as written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> CloudEvent publish(EventType<T> type, String source, String key, T data) {
        CloudEvent event = EventJson.envelope(type, source, key, OffsetDateTime.now(clock), data);
        em.createNativeQuery("""
                INSERT INTO outbox_event (event_id, topic, record_key, event_type, payload)
                VALUES (:eventId, :topic, :key, :type, :payload)""")
                .setParameter("eventId", event.id())
                .setParameter("topic", type.topic())
                .setParameter("key", key)
                .setParameter("type", type.type())
                .setParameter("payload", EventJson.write(event))
                .executeUpdate();
        return event;
    }
}
