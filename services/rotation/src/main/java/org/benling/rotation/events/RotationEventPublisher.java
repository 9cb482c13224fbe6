package org.benling.rotation.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.benling.contracts.Capability;
import org.benling.contracts.rotation.CheckInDue;
import org.benling.contracts.rotation.GrassrootsVisitRecorded;
import org.benling.contracts.rotation.PostingApproved;
import org.benling.contracts.rotation.PostingCancelled;
import org.benling.contracts.rotation.PostingCompleted;
import org.benling.contracts.rotation.PostingProposed;
import org.benling.contracts.rotation.PostingStarted;
import org.benling.contracts.rotation.ResearchReportFiled;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.platform.outbox.Outbox;
import org.benling.platform.persistence.EnumSetColumn;
import org.benling.rotation.domain.ContactPoint;
import org.benling.rotation.domain.ContactVisit;
import org.benling.rotation.domain.Posting;
import org.benling.rotation.domain.ResearchReport;

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

    /** A visit to a leader's grassroots contact point: evidence of mass work. */
    public void visited(ContactPoint p, ContactVisit v) {
        outbox.publish(RotationEvents.GRASSROOTS_VISIT_RECORDED, RotationEvents.SOURCE, p.cadreId.toString(),
                new GrassrootsVisitRecorded(v.id, p.id, p.cadreId, p.place, v.visitedOn, v.problemsSolved));
    }

    /** A research report filed, or its follow-up recorded (consumers replace it by its id). */
    public void researchFiled(ResearchReport r) {
        outbox.publish(RotationEvents.RESEARCH_REPORT_FILED, RotationEvents.SOURCE, r.cadreId.toString(),
                new ResearchReportFiled(r.id, r.cadreId, r.title, r.capabilitySet(), r.submittedOn, r.adopted));
    }
}
