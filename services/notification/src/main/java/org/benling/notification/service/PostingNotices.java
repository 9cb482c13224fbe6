package org.benling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.benling.contracts.rotation.CheckInDue;
import org.benling.contracts.rotation.PostingApproved;
import org.benling.contracts.rotation.PostingCancelled;
import org.benling.contracts.rotation.PostingCompleted;
import org.benling.contracts.rotation.PostingProposed;
import org.benling.notification.domain.Audience;
import org.benling.notification.domain.NoticeKind;
import org.benling.notification.domain.Notification;
import org.benling.notification.domain.Todo;
import org.benling.notification.domain.TodoKind;
import org.benling.platform.security.UnitDirectory;

/**
 * What rotation's postings mean for people: a proposed posting is a leader's to-do (and a notification to the
 * leaders), its approval closes the to-do and tells the cadre, its cancellation withdraws the to-do; while it is
 * active, the next care check-in is the home unit HR's to-do until the posting ends. Rotation decides
 * who approves (PostingWorkflow: a leader); this only delivers. Runs inside the inbox's transaction, once per event.
 */
@ApplicationScoped
public class PostingNotices {

    @Inject UnitDirectory units;
    @Inject Reminders reminders;
    @Inject Clock clock;

    public void proposed(PostingProposed p) {
        if (Todo.of(TodoKind.POSTING_APPROVAL, p.postingId()).isPresent()) {
            return;
        }
        Audience leaders = Audience.role(TodoKind.POSTING_APPROVAL.role(), p.homeUnitId(),
                units.pathOf(p.homeUnitId()).orElse(null));
        Map<String, String> params = Map.of("host", p.hostOrganisation(), "start", p.plannedStart().toString());
        String link = link(p.postingId());
        Todo.open(TodoKind.POSTING_APPROVAL, p.postingId(), p.cadreId(), leaders, params, link, p.plannedStart(),
                clock.instant()).persist();
        Notification.of(NoticeKind.POSTING_PROPOSED, p.postingId(), p.cadreId(), leaders, params, link, clock.instant())
                .persist();
    }

    public void approved(PostingApproved p) {
        Todo.of(TodoKind.POSTING_APPROVAL, p.postingId()).ifPresent(t -> t.close(Todo.Status.DONE, clock.instant()));
        Notification.of(NoticeKind.POSTING_APPROVED, p.postingId(), p.cadreId(), Audience.cadre(p.cadreId()),
                Map.of("host", p.hostOrganisation(), "start", p.plannedStart().toString(), "end", p.plannedEnd().toString()),
                link(p.postingId()),
                clock.instant()).persist();
    }

    public void cancelled(PostingCancelled p) {
        Todo.of(TodoKind.POSTING_APPROVAL, p.postingId()).ifPresent(t -> t.close(Todo.Status.WITHDRAWN, clock.instant()));
    }

    /**
     * The next care check-in is due: the home unit's HR has it on their list (one to-do a posting, its due date moved
     * on by each check-in; reminders start over for the new date).
     */
    public void checkInDue(CheckInDue d) {
        Map<String, String> params = Map.of("host", d.hostOrganisation(), "due", d.dueOn().toString());
        Todo existing = Todo.of(TodoKind.CARE_CHECK_IN, d.postingId()).orElse(null);
        if (existing == null) {
            Todo.open(TodoKind.CARE_CHECK_IN, d.postingId(), d.cadreId(), Audience.role(TodoKind.CARE_CHECK_IN.role(),
                    d.homeUnitId(), units.pathOf(d.homeUnitId()).orElse(null)), params, link(d.postingId()), d.dueOn(),
                    clock.instant()).persist();
        } else if (existing.askAgain(d.dueOn(), params)) {
            reminders.startOver(existing);
        }
    }

    /** The posting ended: no more check-ins are asked. */
    public void completed(PostingCompleted p) {
        Todo.of(TodoKind.CARE_CHECK_IN, p.postingId()).ifPresent(t -> t.close(Todo.Status.WITHDRAWN, clock.instant()));
    }

    private static String link(java.util.UUID postingId) {
        return "/rotation/postings/" + postingId;
    }
}
