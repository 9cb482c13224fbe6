package org.benling.selection.events.consumers;

import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.benling.contracts.assessment.AssessmentEvents;
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.contracts.training.TrainingEvents;
import org.benling.platform.inbox.EventRouter;
import org.benling.platform.inbox.Inbox;
import org.benling.platform.supervision.CandidateStandings;
import org.benling.platform.supervision.SupervisionReadModel;
import org.benling.selection.service.CapabilityScores;
import org.benling.selection.service.PracticeRecords;
import org.benling.selection.service.PromotionCheckAnswers;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What decides who may be a candidate and how ready, from the other services: the finalised grades and the capability
 * scores from assessment, the supervision measures and 提拔必查 from inspection (a concluded one answers the trails'
 * 凡提必核), the postings from rotation and the training completed from training; each event applied once. The other
 * events on those topics are not routed (ignored).
 */
@ApplicationScoped
@Startup // named with the inbox at start, so a replay finds it before any delivery
public class SelectionConsumers {

    private final Inbox.Consumer assessment;
    private final Inbox.Consumer inspection;
    private final Inbox.Consumer rotation;
    private final Inbox.Consumer training;

    @Inject
    SelectionConsumers(CandidateStandings standings, SupervisionReadModel supervision, PromotionCheckAnswers answers,
            CapabilityScores scores, PracticeRecords practice, Inbox inbox) {
        assessment = inbox.consumer("selection-assessment", EventRouter.from(AssessmentEvents.SOURCE)
                .on(AssessmentEvents.REVIEW_FINALIZED, r -> standings.recordGrade(r))
                .on(AssessmentEvents.CAPABILITY_PROFILE_CHANGED, p -> scores.record(p)));
        // a concluded 提拔必查 also answers the 凡提必核 check of the trails waiting for it
        inspection = inbox.consumer("selection-inspection", supervision.routes()
                .on(InspectionEvents.PROMOTION_CHECK_CONCLUDED, c -> {
                    supervision.checkConcluded(c);
                    answers.concluded(c);
                }));
        // the postings give experience (依事择人) and fulfil development plans' posting tasks, training their training
        rotation = inbox.consumer("selection-rotation", EventRouter.from(RotationEvents.SOURCE)
                .on(RotationEvents.POSTING_APPROVED, p -> practice.approved(p))
                .on(RotationEvents.POSTING_STARTED, p -> practice.started(p))
                .on(RotationEvents.POSTING_COMPLETED, p -> practice.completed(p))
                .on(RotationEvents.POSTING_CANCELLED, p -> practice.cancelled(p)));
        training = inbox.consumer("selection-training", EventRouter.from(TrainingEvents.SOURCE)
                .on(TrainingEvents.TRAINING_COMPLETED, t -> practice.trained(t)));
    }

    @Incoming("rotation-postings")
    @Blocking
    public void onRotation(ConsumerRecords<String, String> records) {
        rotation.acceptAll(records);
    }

    @Incoming("training-records")
    @Blocking
    public void onTraining(ConsumerRecords<String, String> records) {
        training.acceptAll(records);
    }

    @Incoming("assessment-results")
    @Blocking
    public void onAssessment(ConsumerRecords<String, String> records) {
        assessment.acceptAll(records);
    }

    @Incoming("inspection-supervision")
    @Blocking
    public void onInspection(ConsumerRecords<String, String> records) {
        inspection.acceptAll(records);
    }
}
