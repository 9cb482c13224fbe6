package org.benling.contracts.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.benling.contracts.personnel.PersonnelEvents;

/** Every event type of the public catalogue, looked up by its CloudEvents {@code type}. */
public final class EventCatalog {

    private static final Map<String, EventType<?>> BY_TYPE = all().stream()
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    public static List<EventType<?>> all() {
        return PersonnelEvents.ALL;
    }

    public static Optional<EventType<?>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    private EventCatalog() {
    }
}
