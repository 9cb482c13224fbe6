package org.benling.contracts.assessment;

import java.util.List;
import org.benling.contracts.events.EventType;
import org.benling.contracts.events.Topics;

/** Events of the assessment service on {@link Topics#ASSESSMENT_RESULTS} (the ones other services consume so far). */
public final class AssessmentEvents {
    public static final String SOURCE = "/benling/assessment";

    public static final EventType<CapabilityGapIdentified> CAPABILITY_GAP_IDENTIFIED = new EventType<>(
            "org.benling.assessment.CapabilityGapIdentified.v1", Topics.ASSESSMENT_RESULTS,
            CapabilityGapIdentified.class, "schemas/assessment/CapabilityGapIdentified.v1.json");

    public static final List<EventType<?>> ALL = List.of(CAPABILITY_GAP_IDENTIFIED);

    private AssessmentEvents() {
    }
}
