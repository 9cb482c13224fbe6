package org.benling.training.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.benling.contracts.training.HoursRequirementMet;
import org.benling.contracts.training.HoursShortfallDetected;
import org.benling.contracts.training.TrainingEvents;
import org.benling.platform.outbox.Outbox;
import org.benling.training.domain.TrainingRecord;

/** Writes the training events to the outbox, in the transaction of the change they report. */
@ApplicationScoped
public class TrainingEventPublisher {

    @Inject Outbox outbox;

    public void completed(TrainingRecord record) {
        outbox.publish(TrainingEvents.TRAINING_COMPLETED, TrainingEvents.SOURCE, record.cadreId.toString(), record.toEvent());
    }

    /** … of many records, in one batch (in list order). */
    public void completed(java.util.List<TrainingRecord> records) {
        outbox.publishAll(records.stream().map(r -> new Outbox.Pending<>(TrainingEvents.TRAINING_COMPLETED,
                TrainingEvents.SOURCE, r.cadreId.toString(), r.toEvent())).toList());
    }

    public void met(HoursRequirementMet met) {
        outbox.publish(TrainingEvents.HOURS_REQUIREMENT_MET, TrainingEvents.SOURCE, met.cadreId().toString(), met);
    }

    public void shortfall(HoursShortfallDetected shortfall) {
        outbox.publish(TrainingEvents.HOURS_SHORTFALL_DETECTED, TrainingEvents.SOURCE, shortfall.cadreId().toString(),
                shortfall);
    }
}
