package org.benling.contracts.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.benling.contracts.assessment.AssessmentEvents;
import org.benling.contracts.events.EventType;
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.contracts.personnel.PersonnelEvents;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.contracts.selection.SelectionEvents;
import org.benling.contracts.training.TrainingEvents;

/** Every event type of the public catalogue, looked up by its CloudEvents {@code type}. */
public final class EventCatalog {

    private static final Map<String, EventType<?>> BY_TYPE = all().stream()
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    public static List<EventType<?>> all() {
        return java.util.stream.Stream.of(PersonnelEvents.ALL, TrainingEvents.ALL, AssessmentEvents.ALL,
                RotationEvents.ALL, InspectionEvents.ALL, SelectionEvents.ALL).flatMap(List::stream).toList();
    }

    public static Optional<EventType<?>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    private EventCatalog() {
    }
}
