package org.benling.training.events.consumers;

import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.benling.contracts.assessment.AssessmentEvents;
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.contracts.selection.SelectionEvents;
import org.benling.platform.inbox.EventRouter;
import org.benling.platform.inbox.Inbox;
import org.benling.contracts.training.TrainingEvents;
import org.benling.training.service.ProposalService;
import org.benling.training.service.RecordService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Events from assessment, rotation, inspection and selection that make training propose courses (each applied once).
 */
@ApplicationScoped
@Startup // named with the inbox at start, so a replay finds it before any delivery
public class TrainingConsumers {

    private final Inbox.Consumer assessment;
    private final Inbox.Consumer rotation;
    private final Inbox.Consumer inspection;
    private final Inbox.Consumer online;
    private final Inbox.Consumer selection;

    @Inject
    TrainingConsumers(ProposalService proposals, RecordService records, Inbox inbox) {
        online = inbox.consumer("training-online", EventRouter.from(TrainingEvents.ONLINE_PLATFORM_SOURCE)
                .on(TrainingEvents.TRAINING_COMPLETED, c -> records.importOnline(c)));
        assessment = inbox.consumer("training-assessment", EventRouter.from(AssessmentEvents.SOURCE)
                .on(AssessmentEvents.CAPABILITY_GAP_IDENTIFIED, (e, gap) -> proposals.onGap(e.id(), gap)));
        rotation = inbox.consumer("training-rotation", EventRouter.from(RotationEvents.SOURCE)
                .on(RotationEvents.POSTING_APPROVED, (e, p) -> proposals.onPostingApproved(e.id(), p)));
        inspection = inbox.consumer("training-inspection", EventRouter.from(InspectionEvents.SOURCE)
                .on(InspectionEvents.MEASURE_APPLIED, (e, m) -> proposals.onMeasureApplied(e.id(), m))
                .on(InspectionEvents.MEASURE_APPLIED_V1, (e, m) -> proposals.onMeasureApplied(e.id(), m.upgraded())));
        // the topic's other events (votes, appointments, pool memberships) are not training's
        selection = inbox.consumer("training-selection", EventRouter.from(SelectionEvents.SOURCE)
                .on(SelectionEvents.DEVELOPMENT_TASK_CHANGED, (e, t) -> proposals.onDevelopmentTask(e.id(), t)));
    }

    /** Completions reported by the provinces' online learning platforms (在线学习平台). */
    @Incoming("online-completions")
    @Blocking
    public void onOnlineCompletion(ConsumerRecords<String, String> records) {
        online.acceptAll(records);
    }

    @Incoming("assessment-results")
    @Blocking
    public void onAssessment(ConsumerRecords<String, String> records) {
        assessment.acceptAll(records);
    }

    @Incoming("rotation-postings")
    @Blocking
    public void onRotation(ConsumerRecords<String, String> records) {
        rotation.acceptAll(records);
    }

    @Incoming("selection-appointments")
    @Blocking
    public void onSelection(ConsumerRecords<String, String> records) {
        selection.acceptAll(records);
    }

    @Incoming("inspection-supervision")
    @Blocking
    public void onInspection(ConsumerRecords<String, String> records) {
        inspection.acceptAll(records);
    }
}
