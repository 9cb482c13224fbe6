package org.benling.contracts.assessment;

import java.util.List;
import org.benling.contracts.events.EventType;
import org.benling.contracts.events.Topics;

/** Events of the assessment service on {@link Topics#ASSESSMENT_RESULTS}. */
public final class AssessmentEvents {
    public static final String SOURCE = "/benling/assessment";

    public static final EventType<CapabilityGapIdentified> CAPABILITY_GAP_IDENTIFIED = new EventType<>(
            "org.benling.assessment.CapabilityGapIdentified.v1", Topics.ASSESSMENT_RESULTS,
            CapabilityGapIdentified.class, "schemas/assessment/CapabilityGapIdentified.v1.json");

    public static final EventType<ReviewFinalized> REVIEW_FINALIZED = new EventType<>(
            "org.benling.assessment.ReviewFinalized.v1", Topics.ASSESSMENT_RESULTS, ReviewFinalized.class, "schemas/assessment/ReviewFinalized.v1.json");
    public static final EventType<GapClosed> GAP_CLOSED = new EventType<>(
            "org.benling.assessment.GapClosed.v1", Topics.ASSESSMENT_RESULTS, GapClosed.class, "schemas/assessment/GapClosed.v1.json");

    public static final List<EventType<?>> ALL = List.of(REVIEW_FINALIZED, CAPABILITY_GAP_IDENTIFIED, GAP_CLOSED);

    private AssessmentEvents() {
    }
}
