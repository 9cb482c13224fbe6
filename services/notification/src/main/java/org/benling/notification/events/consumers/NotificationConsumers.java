package org.benling.notification.events.consumers;

import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.benling.contracts.assessment.AssessmentEvents;
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.contracts.selection.SelectionEvents;
import org.benling.contracts.training.TrainingEvents;
import org.benling.notification.service.AssessmentNotices;
import org.benling.notification.service.ClassNotices;
import org.benling.notification.service.JointReviewNotices;
import org.benling.notification.service.PersonalReportNotices;
import org.benling.notification.service.PostingNotices;
import org.benling.notification.service.RectificationNotices;
import org.benling.notification.service.TrainingNotices;
import org.benling.notification.service.TripNotices;
import org.benling.platform.inbox.EventRouter;
import org.benling.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The owners' events that become to-dos and notifications, each applied once (the platform inbox). */
@ApplicationScoped
@Startup // named with the inbox at start, so a replay finds it before any delivery
public class NotificationConsumers {

    private final Inbox.Consumer rotation;
    private final Inbox.Consumer inspection;
    private final Inbox.Consumer training;
    private final Inbox.Consumer assessment;
    private final Inbox.Consumer selection;

    @Inject
    NotificationConsumers(PostingNotices postings, RectificationNotices rectifications, TrainingNotices hours,
            ClassNotices classes, AssessmentNotices reviews, PersonalReportNotices personalReports, TripNotices trips,
            JointReviewNotices jointReviews, Inbox inbox) {
        rotation = inbox.consumer("notification-rotation", EventRouter.from(RotationEvents.SOURCE)
                .on(RotationEvents.POSTING_PROPOSED, postings::proposed)
                .on(RotationEvents.POSTING_APPROVED, postings::approved)
                .on(RotationEvents.POSTING_CANCELLED, postings::cancelled)
                .on(RotationEvents.CHECK_IN_DUE, postings::checkInDue)
                .on(RotationEvents.POSTING_COMPLETED, postings::completed));
        // the findings' rectification, the personal-matters reports asked and filed and the trips abroad only: the
        // supervision measures and checks on the same (restricted) topic are not routed, so the inbox ignores them
        // (counted, not read into anything)
        inspection = inbox.consumer("notification-inspection", EventRouter.from(InspectionEvents.SOURCE)
                .on(InspectionEvents.FINDING_RECORDED, rectifications::recorded)
                .on(InspectionEvents.RECTIFICATION_REPORTED, rectifications::reported)
                .on(InspectionEvents.RECTIFICATION_OVERDUE, rectifications::overdue)
                .on(InspectionEvents.FINDING_CLOSED, rectifications::closed)
                .on(InspectionEvents.PERSONAL_REPORT_REQUESTED, personalReports::requested)
                .on(InspectionEvents.PERSONAL_REPORT_FILED, personalReports::filed)
                .on(InspectionEvents.TRIP_CHANGED, trips::changed));
        // the early warning and its end, and the places in classes; the completions on the same topic are not routed
        // (ignored)
        training = inbox.consumer("notification-training", EventRouter.from(TrainingEvents.SOURCE)
                .on(TrainingEvents.HOURS_SHORTFALL_DETECTED, hours::shortfall)
                .on(TrainingEvents.HOURS_REQUIREMENT_MET, hours::met)
                .on(TrainingEvents.CLASS_PLACE_CHANGED, classes::placeChanged));
        // the self-reports and the reviews' end; the capability gaps on the same topic are not routed (ignored)
        assessment = inbox.consumer("notification-assessment", EventRouter.from(AssessmentEvents.SOURCE)
                .on(AssessmentEvents.SELF_REPORT_REQUESTED, reviews::requested)
                .on(AssessmentEvents.SELF_REPORT_FILED, reviews::filed)
                .on(AssessmentEvents.REVIEW_FINALIZED, reviews::finalized));
        // the joint reviews' checks waiting for answers; the votes, appointments, pools and plans are not routed (ignored)
        selection = inbox.consumer("notification-selection", EventRouter.from(SelectionEvents.SOURCE)
                .on(SelectionEvents.JOINT_REVIEW_CHECKS_CHANGED, jointReviews::changed));
    }

    @Incoming("selection-appointments")
    @Blocking
    public void onSelection(ConsumerRecords<String, String> records) {
        selection.acceptAll(records);
    }

    @Incoming("assessment-results")
    @Blocking
    public void onAssessment(ConsumerRecords<String, String> records) {
        assessment.acceptAll(records);
    }

    @Incoming("training-records")
    @Blocking
    public void onTraining(ConsumerRecords<String, String> records) {
        training.acceptAll(records);
    }

    @Incoming("inspection-supervision")
    @Blocking
    public void onInspection(ConsumerRecords<String, String> records) {
        inspection.acceptAll(records);
    }

    @Incoming("rotation-postings")
    @Blocking
    public void onRotation(ConsumerRecords<String, String> records) {
        rotation.acceptAll(records);
    }
}
