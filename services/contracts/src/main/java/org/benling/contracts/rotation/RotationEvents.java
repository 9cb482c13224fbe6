package org.benling.contracts.rotation;

import java.util.List;
import org.benling.contracts.events.EventType;
import org.benling.contracts.events.Topics;

/** Events of the rotation service on {@link Topics#ROTATION_POSTINGS}. */
public final class RotationEvents {
    public static final String SOURCE = "/benling/rotation";

    public static final EventType<PostingProposed> POSTING_PROPOSED = new EventType<>(
            "org.benling.rotation.PostingProposed.v1", Topics.ROTATION_POSTINGS, PostingProposed.class,
            "schemas/rotation/PostingProposed.v1.json");

    public static final EventType<PostingApproved> POSTING_APPROVED = new EventType<>(
            "org.benling.rotation.PostingApproved.v1", Topics.ROTATION_POSTINGS, PostingApproved.class,
            "schemas/rotation/PostingApproved.v1.json");

    public static final EventType<PostingStarted> POSTING_STARTED = new EventType<>(
            "org.benling.rotation.PostingStarted.v1", Topics.ROTATION_POSTINGS, PostingStarted.class, "schemas/rotation/PostingStarted.v1.json");
    public static final EventType<PostingCompleted> POSTING_COMPLETED = new EventType<>(
            "org.benling.rotation.PostingCompleted.v1", Topics.ROTATION_POSTINGS, PostingCompleted.class, "schemas/rotation/PostingCompleted.v1.json");

    public static final EventType<PostingCancelled> POSTING_CANCELLED = new EventType<>(
            "org.benling.rotation.PostingCancelled.v1", Topics.ROTATION_POSTINGS, PostingCancelled.class,
            "schemas/rotation/PostingCancelled.v1.json");

    public static final EventType<CheckInDue> CHECK_IN_DUE = new EventType<>(
            "org.benling.rotation.CheckInDue.v1", Topics.ROTATION_POSTINGS, CheckInDue.class,
            "schemas/rotation/CheckInDue.v1.json");

    public static final EventType<GrassrootsVisitRecorded> GRASSROOTS_VISIT_RECORDED = new EventType<>(
            "org.benling.rotation.GrassrootsVisitRecorded.v1", Topics.ROTATION_POSTINGS, GrassrootsVisitRecorded.class,
            "schemas/rotation/GrassrootsVisitRecorded.v1.json");

    public static final EventType<ResearchReportFiled> RESEARCH_REPORT_FILED = new EventType<>(
            "org.benling.rotation.ResearchReportFiled.v1", Topics.ROTATION_POSTINGS, ResearchReportFiled.class,
            "schemas/rotation/ResearchReportFiled.v1.json");

    public static final List<EventType<?>> ALL = List.of(POSTING_PROPOSED, POSTING_APPROVED, POSTING_STARTED,
            POSTING_COMPLETED, POSTING_CANCELLED, CHECK_IN_DUE, GRASSROOTS_VISIT_RECORDED,
            RESEARCH_REPORT_FILED);

    private RotationEvents() {
    }
}
