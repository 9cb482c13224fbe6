package org.benling.rotation.events.consumers;

import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.benling.contracts.assessment.AssessmentEvents;
import org.benling.contracts.selection.SelectionEvents;
import org.benling.platform.inbox.EventRouter;
import org.benling.platform.inbox.Inbox;
import org.benling.platform.supervision.SupervisionReadModel;
import org.benling.rotation.service.ProposalService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Grades and gaps from assessment, supervision measures and 提拔必查 from inspection, development plans' posting tasks
 * from selection: each event applied once.
 */
@ApplicationScoped
@Startup // named with the inbox at start, so a replay finds it before any delivery
public class RotationConsumers {

    private final Inbox.Consumer assessment;
    private final Inbox.Consumer inspection;
    private final Inbox.Consumer selection;

    @Inject
    RotationConsumers(ProposalService proposals, SupervisionReadModel supervision, Inbox inbox) {
        assessment = inbox.consumer("rotation-assessment", EventRouter.from(AssessmentEvents.SOURCE)
                .on(AssessmentEvents.REVIEW_FINALIZED, r -> proposals.onReviewFinalized(r))
                .on(AssessmentEvents.CAPABILITY_GAP_IDENTIFIED, (e, g) -> proposals.onGap(e.id(), g))
                .on(AssessmentEvents.GAP_CLOSED, g -> proposals.onGapClosed(g)));
        inspection = inbox.consumer("rotation-inspection", supervision.routes());
        // the topic's other events (votes, appointments, pool memberships) are not rotation's
        selection = inbox.consumer("rotation-selection", EventRouter.from(SelectionEvents.SOURCE)
                .on(SelectionEvents.DEVELOPMENT_TASK_CHANGED, (e, t) -> proposals.onDevelopmentTask(e.id(), t)));
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

    @Incoming("inspection-supervision")
    @Blocking
    public void onInspection(ConsumerRecords<String, String> records) {
        inspection.acceptAll(records);
    }
}
