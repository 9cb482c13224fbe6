package org.benling.contracts.rotation;

import java.util.List;
import org.benling.contracts.events.EventType;
import org.benling.contracts.events.Topics;

/** Events of the rotation service on {@link Topics#ROTATION_POSTINGS}. */
public final class RotationEvents {
    public static final String SOURCE = "/benling/rotation";

    public static final EventType<PostingProposed> POSTING_PROPOSED = type(PostingProposed.class);
    public static final EventType<PostingApproved> POSTING_APPROVED = type(PostingApproved.class);
    public static final EventType<PostingStarted> POSTING_STARTED = type(PostingStarted.class);
    public static final EventType<PostingCompleted> POSTING_COMPLETED = type(PostingCompleted.class);
    public static final EventType<PostingCancelled> POSTING_CANCELLED = type(PostingCancelled.class);
    public static final EventType<CheckInDue> CHECK_IN_DUE = type(CheckInDue.class);
    public static final EventType<GrassrootsVisitRecorded> GRASSROOTS_VISIT_RECORDED =
            type(GrassrootsVisitRecorded.class);
    public static final EventType<ResearchReportFiled> RESEARCH_REPORT_FILED = type(ResearchReportFiled.class);

    public static final List<EventType<?>> ALL = List.of(POSTING_PROPOSED, POSTING_APPROVED, POSTING_STARTED,
            POSTING_COMPLETED, POSTING_CANCELLED, CHECK_IN_DUE, GRASSROOTS_VISIT_RECORDED,
            RESEARCH_REPORT_FILED);

    private static <T> EventType<T> type(Class<T> dataClass) {
        return EventType.of("rotation", Topics.ROTATION_POSTINGS, dataClass);
    }

    private RotationEvents() {
    }
}
