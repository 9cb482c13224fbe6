package org.benling.platform.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.benling.contracts.events.CloudEvent;
import org.benling.contracts.events.EventJson;
import org.benling.contracts.events.EventType;

/** Which handler applies which event type. Types not routed are refused as unknown. */
public final class EventRouter {

    private final Map<String, BiConsumer<CloudEvent, Object>> handlers = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    public <T> EventRouter on(EventType<T> type, BiConsumer<CloudEvent, T> handler) {
        handlers.put(type.type(), (event, ignored) -> handler.accept(event, EventJson.data(event, type)));
        return this;
    }

    Optional<BiConsumer<CloudEvent, Object>> handlerFor(String type) {
        return Optional.ofNullable(handlers.get(type));
    }
}
