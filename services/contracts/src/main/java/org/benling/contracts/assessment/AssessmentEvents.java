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

    public static final EventType<SelfReportRequested> SELF_REPORT_REQUESTED = new EventType<>(
            "org.benling.assessment.SelfReportRequested.v1", Topics.ASSESSMENT_RESULTS, SelfReportRequested.class,
            "schemas/assessment/SelfReportRequested.v1.json");
    public static final EventType<SelfReportFiled> SELF_REPORT_FILED = new EventType<>(
            "org.benling.assessment.SelfReportFiled.v1", Topics.ASSESSMENT_RESULTS, SelfReportFiled.class,
            "schemas/assessment/SelfReportFiled.v1.json");

    public static final EventType<CapabilityProfileChanged> CAPABILITY_PROFILE_CHANGED = new EventType<>(
            "org.benling.assessment.CapabilityProfileChanged.v1", Topics.ASSESSMENT_RESULTS,
            CapabilityProfileChanged.class, "schemas/assessment/CapabilityProfileChanged.v1.json");

    public static final List<EventType<?>> ALL = List.of(REVIEW_FINALIZED, CAPABILITY_GAP_IDENTIFIED, GAP_CLOSED,
            SELF_REPORT_REQUESTED, SELF_REPORT_FILED, CAPABILITY_PROFILE_CHANGED);

    private AssessmentEvents() {
    }
}
