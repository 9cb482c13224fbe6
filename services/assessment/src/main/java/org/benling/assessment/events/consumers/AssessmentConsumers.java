package org.benling.assessment.events.consumers;

import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.benling.assessment.service.EvidenceService;
import org.benling.assessment.service.ProfileService;
import org.benling.assessment.service.VotingIntake;
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.contracts.selection.SelectionEvents;
import org.benling.contracts.training.TrainingEvents;
import org.benling.platform.inbox.EventRouter;
import org.benling.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Evidence from training, rotation and inspection, each event applied once (the platform inbox). */
@ApplicationScoped
@Startup // named with the inbox at start, so a replay finds it before any delivery
public class AssessmentConsumers {

    private final Inbox.Consumer training;
    private final Inbox.Consumer rotation;
    private final Inbox.Consumer inspection;
    private final Inbox.Consumer selection;

    @Inject
    AssessmentConsumers(EvidenceService evidence, ProfileService profiles, VotingIntake voting, Inbox inbox) {
        // the handlers store the evidence; the profiles it changed are recomputed once the batch is through
        training = inbox.consumer("assessment-training", EventRouter.from(TrainingEvents.SOURCE)
                .on(TrainingEvents.TRAINING_COMPLETED, t -> evidence.trainingCompleted(t))
                .on(TrainingEvents.STUDY_SESSION_RECORDED, s -> evidence.studySessionRecorded(s))
                .beforeCommit(profiles::recomputePending));
        rotation = inbox.consumer("assessment-rotation", EventRouter.from(RotationEvents.SOURCE)
                .on(RotationEvents.POSTING_COMPLETED, p -> evidence.postingCompleted(p))
                .on(RotationEvents.GRASSROOTS_VISIT_RECORDED, v -> evidence.grassrootsVisitRecorded(v))
                .on(RotationEvents.RESEARCH_REPORT_FILED, r -> evidence.researchReportFiled(r))
                .beforeCommit(profiles::recomputePending));
        inspection = inbox.consumer("assessment-inspection", EventRouter.from(InspectionEvents.SOURCE)
                .on(InspectionEvents.MEASURE_APPLIED, m -> evidence.measureApplied(m))
                .on(InspectionEvents.MEASURE_APPLIED_V1, m -> evidence.measureApplied(m))
                .on(InspectionEvents.MEASURE_LIFTED, m -> evidence.measureLifted(m))
                .on(InspectionEvents.FINDING_RECORDED, evidence::findingRecorded)
                .on(InspectionEvents.PROMOTION_CHECK_OPENED, c -> evidence.checkOpened(c))
                .on(InspectionEvents.PROMOTION_CHECK_CONCLUDED, c -> evidence.checkConcluded(c))
                .beforeCommit(profiles::recomputePending));
        // the closed 民主测评 sessions; the appointments on the same topic are not routed (ignored)
        selection = inbox.consumer("assessment-selection", EventRouter.from(SelectionEvents.SOURCE)
                .on(SelectionEvents.VOTING_CLOSED, v -> voting.closed(v)));
    }

    @Incoming("selection-appointments")
    @Blocking
    public void onSelection(ConsumerRecords<String, String> records) {
        selection.acceptAll(records);
    }

    @Incoming("training-records")
    @Blocking
    public void onTraining(ConsumerRecords<String, String> records) {
        training.acceptAll(records);
    }

    @Incoming("rotation-postings")
    @Blocking
    public void onRotation(ConsumerRecords<String, String> records) {
        rotation.acceptAll(records);
    }

    @Incoming("inspection-supervision")
    @Blocking
    public void onInspection(ConsumerRecords<String, String> records) {
        inspection.acceptAll(records);
    }
}
