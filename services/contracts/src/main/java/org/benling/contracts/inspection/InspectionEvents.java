package org.benling.contracts.inspection;

import java.util.List;
import org.benling.contracts.events.EventType;
import org.benling.contracts.events.Topics;

/** Events of the inspection service on {@link Topics#INSPECTION_SUPERVISION}. */
public final class InspectionEvents {
    public static final String SOURCE = "/benling/inspection";

    /** What inspection publishes: the measure's type, family, form, influence and annual effects. */
    public static final EventType<MeasureApplied> MEASURE_APPLIED = new EventType<>(
            "org.benling.inspection.MeasureApplied.v2", Topics.INSPECTION_SUPERVISION, MeasureApplied.class,
            "schemas/inspection/MeasureApplied.v2.json");

    /**
     * The first version (a name and a fixed last day), still accepted by every consumer while producers change over
     * ({@link MeasureAppliedV1#upgraded}); inspection no longer publishes it.
     */
    public static final EventType<MeasureAppliedV1> MEASURE_APPLIED_V1 = new EventType<>(
            "org.benling.inspection.MeasureApplied.v1", Topics.INSPECTION_SUPERVISION, MeasureAppliedV1.class,
            "schemas/inspection/MeasureApplied.v1.json");

    public static final EventType<FindingRecorded> FINDING_RECORDED = new EventType<>(
            "org.benling.inspection.FindingRecorded.v1", Topics.INSPECTION_SUPERVISION, FindingRecorded.class, "schemas/inspection/FindingRecorded.v1.json");
    public static final EventType<RectificationOverdue> RECTIFICATION_OVERDUE = new EventType<>(
            "org.benling.inspection.RectificationOverdue.v1", Topics.INSPECTION_SUPERVISION, RectificationOverdue.class, "schemas/inspection/RectificationOverdue.v1.json");
    public static final EventType<RectificationReported> RECTIFICATION_REPORTED = new EventType<>(
            "org.benling.inspection.RectificationReported.v1", Topics.INSPECTION_SUPERVISION, RectificationReported.class,
            "schemas/inspection/RectificationReported.v1.json");
    public static final EventType<FindingClosed> FINDING_CLOSED = new EventType<>(
            "org.benling.inspection.FindingClosed.v1", Topics.INSPECTION_SUPERVISION, FindingClosed.class,
            "schemas/inspection/FindingClosed.v1.json");
    public static final EventType<MeasureLifted> MEASURE_LIFTED = new EventType<>(
            "org.benling.inspection.MeasureLifted.v1", Topics.INSPECTION_SUPERVISION, MeasureLifted.class, "schemas/inspection/MeasureLifted.v1.json");

    public static final EventType<PromotionCheckOpened> PROMOTION_CHECK_OPENED = new EventType<>(
            "org.benling.inspection.PromotionCheckOpened.v1", Topics.INSPECTION_SUPERVISION, PromotionCheckOpened.class,
            "schemas/inspection/PromotionCheckOpened.v1.json");
    public static final EventType<PromotionCheckConcluded> PROMOTION_CHECK_CONCLUDED = new EventType<>(
            "org.benling.inspection.PromotionCheckConcluded.v1", Topics.INSPECTION_SUPERVISION,
            PromotionCheckConcluded.class, "schemas/inspection/PromotionCheckConcluded.v1.json");
    public static final EventType<PersonalReportRequested> PERSONAL_REPORT_REQUESTED = new EventType<>(
            "org.benling.inspection.PersonalReportRequested.v1", Topics.INSPECTION_SUPERVISION,
            PersonalReportRequested.class, "schemas/inspection/PersonalReportRequested.v1.json");
    public static final EventType<PersonalReportFiled> PERSONAL_REPORT_FILED = new EventType<>(
            "org.benling.inspection.PersonalReportFiled.v1", Topics.INSPECTION_SUPERVISION, PersonalReportFiled.class,
            "schemas/inspection/PersonalReportFiled.v1.json");

    public static final EventType<TripChanged> TRIP_CHANGED = new EventType<>(
            "org.benling.inspection.TripChanged.v1", Topics.INSPECTION_SUPERVISION, TripChanged.class,
            "schemas/inspection/TripChanged.v1.json");

    public static final List<EventType<?>> ALL = List.of(FINDING_RECORDED, RECTIFICATION_OVERDUE, RECTIFICATION_REPORTED,
            FINDING_CLOSED, MEASURE_APPLIED, MEASURE_APPLIED_V1, MEASURE_LIFTED, PROMOTION_CHECK_OPENED,
            PROMOTION_CHECK_CONCLUDED, PERSONAL_REPORT_REQUESTED, PERSONAL_REPORT_FILED, TRIP_CHANGED);

    private InspectionEvents() {
    }
}
