package org.benling.contracts.assessment;

import java.util.List;
import org.benling.contracts.events.EventType;
import org.benling.contracts.events.Topics;

/** Events of the assessment service on {@link Topics#ASSESSMENT_RESULTS}. */
public final class AssessmentEvents {
    public static final String SOURCE = "/benling/assessment";

    public static final EventType<CapabilityGapIdentified> CAPABILITY_GAP_IDENTIFIED =
            type(CapabilityGapIdentified.class);
    public static final EventType<ReviewFinalized> REVIEW_FINALIZED = type(ReviewFinalized.class);
    public static final EventType<GapClosed> GAP_CLOSED = type(GapClosed.class);
    public static final EventType<SelfReportRequested> SELF_REPORT_REQUESTED = type(SelfReportRequested.class);
    public static final EventType<SelfReportFiled> SELF_REPORT_FILED = type(SelfReportFiled.class);
    public static final EventType<CapabilityProfileChanged> CAPABILITY_PROFILE_CHANGED =
            type(CapabilityProfileChanged.class);

    public static final List<EventType<?>> ALL = List.of(REVIEW_FINALIZED, CAPABILITY_GAP_IDENTIFIED, GAP_CLOSED,
            SELF_REPORT_REQUESTED, SELF_REPORT_FILED, CAPABILITY_PROFILE_CHANGED);

    private static <T> EventType<T> type(Class<T> dataClass) {
        return EventType.of("assessment", Topics.ASSESSMENT_RESULTS, dataClass);
    }

    private AssessmentEvents() {
    }
}
