package org.benling.training.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.benling.contracts.training.ClassPlaceChanged;
import org.benling.contracts.training.HoursRequirementMet;
import org.benling.contracts.training.HoursShortfallDetected;
import org.benling.contracts.training.TrainingEvents;
import org.benling.platform.outbox.Outbox;
import org.benling.training.domain.Enrolment;
import org.benling.training.domain.StudySession;
import org.benling.training.domain.TrainingClass;
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

    /** A cadre's place in a class changed (enrolled, waitlisted, moved up or withdrawn). */
    public void placeChanged(Enrolment e) {
        TrainingClass c = e.trainingClass;
        outbox.publish(TrainingEvents.CLASS_PLACE_CHANGED, TrainingEvents.SOURCE, e.cadreId.toString(),
                new ClassPlaceChanged(e.id, c.id, e.cadreId, c.title, c.startDate, c.endDate, c.venue,
                        ClassPlaceChanged.Place.valueOf(e.status.name()), e.designated));
    }

    /** A leadership team's study session was recorded or corrected (a correction replaces it by its id). Key: the unit. */
    public void studySession(StudySession s) {
        outbox.publish(TrainingEvents.STUDY_SESSION_RECORDED, TrainingEvents.SOURCE, s.unitId.toString(), s.toEvent());
    }

    public void met(HoursRequirementMet met) {
        outbox.publish(TrainingEvents.HOURS_REQUIREMENT_MET, TrainingEvents.SOURCE, met.cadreId().toString(), met);
    }

    public void shortfall(HoursShortfallDetected shortfall) {
        outbox.publish(TrainingEvents.HOURS_SHORTFALL_DETECTED, TrainingEvents.SOURCE, shortfall.cadreId().toString(),
                shortfall);
    }
}
