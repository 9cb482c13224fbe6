package org.benling.rotation.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.benling.contracts.Capability;
import org.benling.contracts.rotation.CheckInDue;
import org.benling.contracts.rotation.PostingApproved;
import org.benling.contracts.rotation.PostingCancelled;
import org.benling.contracts.rotation.PostingCompleted;
import org.benling.contracts.rotation.PostingProposed;
import org.benling.contracts.rotation.PostingStarted;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.platform.outbox.Outbox;
import org.benling.platform.persistence.EnumSetColumn;
import org.benling.rotation.domain.Posting;

/** Writes the rotation events to the outbox, in the transaction of the transition they report. */
@ApplicationScoped
public class RotationEventPublisher {

    @Inject Outbox outbox;

    public void proposed(Posting p) {
        outbox.publish(RotationEvents.POSTING_PROPOSED, RotationEvents.SOURCE, p.cadreId.toString(),
                new PostingProposed(p.id, p.cadreId, p.homeUnitId, p.type, p.hostOrganisation, p.plannedStart,
                        p.plannedEnd));
    }

    public void approved(Posting p) {
        outbox.publish(RotationEvents.POSTING_APPROVED, RotationEvents.SOURCE, p.cadreId.toString(),
                new PostingApproved(p.id, p.cadreId, p.type, p.hostOrganisation, p.region == null ? null : p.region.name(),
                        p.plannedStart, p.plannedEnd));
    }

    public void started(Posting p) {
        outbox.publish(RotationEvents.POSTING_STARTED, RotationEvents.SOURCE, p.cadreId.toString(),
                new PostingStarted(p.id, p.cadreId, p.type, p.hostOrganisation, p.startedOn, p.plannedEnd));
    }

    /** The next care check-in is due (after the start, or after the latest check-in {@code lastHeldOn}). */
    public void checkInDue(Posting p, LocalDate lastHeldOn, LocalDate dueOn) {
        outbox.publish(RotationEvents.CHECK_IN_DUE, RotationEvents.SOURCE, p.cadreId.toString(),
                new CheckInDue(p.id, p.cadreId, p.homeUnitId, p.hostOrganisation, dueOn, lastHeldOn));
    }

    public void cancelled(Posting p) {
        outbox.publish(RotationEvents.POSTING_CANCELLED, RotationEvents.SOURCE, p.cadreId.toString(),
                new PostingCancelled(p.id, p.cadreId, p.homeUnitId));
    }

    public void completed(Posting p) {
        outbox.publish(RotationEvents.POSTING_COMPLETED, RotationEvents.SOURCE, p.cadreId.toString(),
                new PostingCompleted(p.id, p.cadreId, p.type, p.endedOn, p.evaluation,
                        EnumSetColumn.toSet(p.capabilitiesExercised, Capability.class), p.evaluationRemarks));
    }
}
