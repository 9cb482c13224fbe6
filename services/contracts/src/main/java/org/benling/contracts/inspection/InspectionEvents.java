package org.benling.contracts.inspection;

import java.util.List;
import org.benling.contracts.events.EventType;
import org.benling.contracts.events.Topics;

/** Events of the inspection service on {@link Topics#INSPECTION_SUPERVISION}. */
public final class InspectionEvents {
    public static final String SOURCE = "/benling/inspection";
    private static final String SERVICE = "inspection";

    /** What inspection publishes: the measure's type, family, form, influence and annual effects. */
    public static final EventType<MeasureApplied> MEASURE_APPLIED =
            EventType.of(SERVICE, Topics.INSPECTION_SUPERVISION, "MeasureApplied", 2, MeasureApplied.class);

    /**
     * The first version (a name and a fixed last day), still accepted by every consumer while producers change over
     * ({@link MeasureAppliedV1#upgraded}); inspection no longer publishes it.
     */
    public static final EventType<MeasureAppliedV1> MEASURE_APPLIED_V1 =
            EventType.of(SERVICE, Topics.INSPECTION_SUPERVISION, "MeasureApplied", 1, MeasureAppliedV1.class);

    public static final EventType<FindingRecorded> FINDING_RECORDED = type(FindingRecorded.class);
    public static final EventType<RectificationOverdue> RECTIFICATION_OVERDUE = type(RectificationOverdue.class);
    public static final EventType<RectificationReported> RECTIFICATION_REPORTED = type(RectificationReported.class);
    public static final EventType<FindingClosed> FINDING_CLOSED = type(FindingClosed.class);
    public static final EventType<MeasureLifted> MEASURE_LIFTED = type(MeasureLifted.class);

    public static final EventType<PromotionCheckOpened> PROMOTION_CHECK_OPENED = type(PromotionCheckOpened.class);
    public static final EventType<PromotionCheckConcluded> PROMOTION_CHECK_CONCLUDED =
            type(PromotionCheckConcluded.class);
    public static final EventType<PersonalReportRequested> PERSONAL_REPORT_REQUESTED =
            type(PersonalReportRequested.class);
    public static final EventType<PersonalReportFiled> PERSONAL_REPORT_FILED = type(PersonalReportFiled.class);

    public static final EventType<TripChanged> TRIP_CHANGED = type(TripChanged.class);

    public static final List<EventType<?>> ALL = List.of(FINDING_RECORDED, RECTIFICATION_OVERDUE, RECTIFICATION_REPORTED,
            FINDING_CLOSED, MEASURE_APPLIED, MEASURE_APPLIED_V1, MEASURE_LIFTED, PROMOTION_CHECK_OPENED,
            PROMOTION_CHECK_CONCLUDED, PERSONAL_REPORT_REQUESTED, PERSONAL_REPORT_FILED, TRIP_CHANGED);

    private static <T> EventType<T> type(Class<T> dataClass) {
        return EventType.of(SERVICE, Topics.INSPECTION_SUPERVISION, dataClass);
    }

    private InspectionEvents() {
    }
}
