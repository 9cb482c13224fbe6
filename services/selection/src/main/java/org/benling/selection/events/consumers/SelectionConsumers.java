package org.benling.selection.events.consumers;

import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.benling.contracts.assessment.AssessmentEvents;
import org.benling.platform.inbox.EventRouter;
import org.benling.platform.inbox.Inbox;
import org.benling.platform.supervision.CandidateStandings;
import org.benling.platform.supervision.SupervisionReadModel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What decides who may be a candidate, from the other services: the finalised grades from assessment, the
 * supervision measures and 提拔必查 from inspection; each event applied once. The other events on those topics are
 * not routed (ignored).
 */
@ApplicationScoped
@Startup // named with the inbox at start, so a replay finds it before any delivery
public class SelectionConsumers {

    private final Inbox.Consumer assessment;
    private final Inbox.Consumer inspection;

    @Inject
    SelectionConsumers(CandidateStandings standings, SupervisionReadModel supervision, Inbox inbox) {
        assessment = inbox.consumer("selection-assessment", EventRouter.from(AssessmentEvents.SOURCE)
                .on(AssessmentEvents.REVIEW_FINALIZED, r -> standings.recordGrade(r)));
        inspection = inbox.consumer("selection-inspection", supervision.routes());
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
