package org.benling.contracts.inspection;

import java.util.List;
import org.benling.contracts.events.EventType;
import org.benling.contracts.events.Topics;

/** Events of the inspection service on {@link Topics#INSPECTION_SUPERVISION} (the ones consumed so far). */
public final class InspectionEvents {
    public static final String SOURCE = "/benling/inspection";

    public static final EventType<MeasureApplied> MEASURE_APPLIED = new EventType<>(
            "org.benling.inspection.MeasureApplied.v1", Topics.INSPECTION_SUPERVISION, MeasureApplied.class,
            "schemas/inspection/MeasureApplied.v1.json");

    public static final List<EventType<?>> ALL = List.of(MEASURE_APPLIED);

    private InspectionEvents() {
    }
}
