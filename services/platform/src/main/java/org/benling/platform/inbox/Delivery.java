package org.benling.platform.inbox;

import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.benling.contracts.events.CloudEvent;

/** A record given to a consumer, routed: its event and the handler (none when ignored), or why it is refused. */
record Delivery(ConsumerRecord<String, String> record, CloudEvent event, Consumer<CloudEvent> handler,
        RejectedEventException refused) {

    /** The same delivery, refused for {@code reason}. */
    Delivery refusedFor(RejectedEventException reason) {
        return new Delivery(record, event, null, reason);
    }
}
