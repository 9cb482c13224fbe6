package org.benling.assessment.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.benling.assessment.service.EvidenceService;
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.contracts.training.TrainingEvents;
import org.benling.platform.inbox.EventRouter;
import org.benling.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Evidence from training, rotation and inspection, each event applied once (the platform inbox). */
@ApplicationScoped
public class AssessmentConsumers {

    @Inject
    Inbox inbox;

    private final EventRouter training;
    private final EventRouter rotation;
    private final EventRouter inspection;

    @Inject
    AssessmentConsumers(EvidenceService evidence) {
        training = EventRouter.from(TrainingEvents.SOURCE).on(TrainingEvents.TRAINING_COMPLETED, (e, t) -> evidence.trainingCompleted(t));
        rotation = EventRouter.from(RotationEvents.SOURCE).on(RotationEvents.POSTING_COMPLETED, (e, p) -> evidence.postingCompleted(p));
        inspection = EventRouter.from(InspectionEvents.SOURCE)
                .on(InspectionEvents.MEASURE_APPLIED, (e, m) -> evidence.measureApplied(m))
                .on(InspectionEvents.MEASURE_APPLIED_V1, (e, m) -> evidence.measureApplied(m))
                .on(InspectionEvents.MEASURE_LIFTED, (e, m) -> evidence.measureLifted(m))
                .on(InspectionEvents.FINDING_RECORDED, evidence::findingRecorded);
    }

    @Incoming("training-records")
    @Blocking
    public void onTraining(ConsumerRecord<String, String> record) {
        inbox.accept("assessment-training", record, training);
    }

    @Incoming("rotation-postings")
    @Blocking
    public void onRotation(ConsumerRecord<String, String> record) {
        inbox.accept("assessment-rotation", record, rotation);
    }

    @Incoming("inspection-supervision")
    @Blocking
    public void onInspection(ConsumerRecord<String, String> record) {
        inbox.accept("assessment-inspection", record, inspection);
    }
}
