package org.benling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.inspection.FindingClosed;
import org.benling.contracts.inspection.FindingRecorded;
import org.benling.contracts.inspection.RectificationOverdue;
import org.benling.contracts.inspection.RectificationReported;
import org.benling.notification.domain.Audience;
import org.benling.notification.domain.NoticeKind;
import org.benling.notification.domain.Notification;
import org.benling.notification.domain.Todo;
import org.benling.notification.domain.TodoKind;
import org.benling.platform.security.UnitDirectory;

/**
 * What inspection's findings mean for the HR office of the unit concerned: a finding awaiting its rectification
 * report is their to-do until the report is filed (RectificationReported); a report sent back, or a finding reopened
 * by a follow-up round, asks again (FindingRecorded once more, with the new deadline); an overdue report is a
 * notification. A filed report is the to-do of the inspectors whose reach covers the unit until they judge it
 * (FindingClosed, or FindingRecorded again when they send it back). Inspection decides who reports and by when; this only delivers, and keeps no detail of the finding
 * beyond its category (the measures on the same restricted topic are not read at all: the router ignores them).
 */
@ApplicationScoped
public class RectificationNotices {

    @Inject EntityManager em;
    @Inject Reminders reminders;
    @Inject UnitDirectory units;
    @Inject Clock clock;

    public void recorded(FindingRecorded f) {
        // a report sent back (or a finding reopened): the inspectors' judgement is given
        Todo.of(TodoKind.RECTIFICATION_REVIEW, f.findingId()).ifPresent(t -> t.close(Todo.Status.DONE, clock.instant()));
        Map<String, String> params = params(f.unitId(), f.category(), f.rectificationDue().toString());
        Todo existing = Todo.of(TodoKind.RECTIFICATION_REPORT, f.findingId()).orElse(null);
        if (existing == null) {
            Audience hr = hrOf(f.unitId());
            Todo.open(TodoKind.RECTIFICATION_REPORT, f.findingId(), null, hr, params, link(f.findingId()),
                    f.rectificationDue(), clock.instant()).persist();
            Notification.of(NoticeKind.RECTIFICATION_REQUIRED, f.findingId(), null, hr.copy(), params,
                    link(f.findingId()), clock.instant()).persist();
            return;
        }
        boolean reopened = existing.status == Todo.Status.DONE;
        if (existing.askAgain(f.rectificationDue(), params)) {
            reminders.startOver(existing);
            if (reopened) {
                Notification.of(NoticeKind.RECTIFICATION_REQUIRED, f.findingId(), null, existing.audience.copy(), params,
                        link(f.findingId()), clock.instant()).persist();
            }
        }
    }

    /** The report is filed: HR's to-do is done, and the inspectors in reach have it to judge. */
    public void reported(RectificationReported r) {
        Todo report = Todo.of(TodoKind.RECTIFICATION_REPORT, r.findingId()).orElse(null);
        if (report != null) {
            report.close(Todo.Status.DONE, clock.instant());
        }
        Map<String, String> params = report != null ? report.params : params(r.unitId(), "", r.reportedOn().toString());
        Audience inspectors = Audience.role(TodoKind.RECTIFICATION_REVIEW.role(), r.unitId(),
                units.pathOf(r.unitId()).orElse(null));
        Todo review = Todo.of(TodoKind.RECTIFICATION_REVIEW, r.findingId()).orElse(null);
        if (review == null) {
            Todo.open(TodoKind.RECTIFICATION_REVIEW, r.findingId(), null, inspectors, params, link(r.findingId()), null,
                    clock.instant()).persist();
        } else if (!review.askAgain(null, params)) {
            return; // the same report delivered again
        }
        Notification.of(NoticeKind.RECTIFICATION_SUBMITTED, r.findingId(), null, inspectors.copy(), params,
                link(r.findingId()), clock.instant()).persist();
    }

    /** The inspectors accepted the report and closed the finding. */
    public void closed(FindingClosed c) {
        Todo.of(TodoKind.RECTIFICATION_REVIEW, c.findingId()).ifPresent(t -> t.close(Todo.Status.DONE, clock.instant()));
    }

    public void overdue(RectificationOverdue o) {
        Map<String, String> params = Todo.of(TodoKind.RECTIFICATION_REPORT, o.findingId()).map(t -> t.params)
                .orElseGet(() -> params(o.unitId(), "", o.dueOn().toString()));
        Map<String, String> withDue = new java.util.HashMap<>(params);
        withDue.put("due", o.dueOn().toString());
        Notification.of(NoticeKind.RECTIFICATION_OVERDUE, o.findingId(), null, hrOf(o.unitId()), withDue,
                link(o.findingId()), clock.instant()).persist();
    }

    private Audience hrOf(UUID unitId) {
        return Audience.role(TodoKind.RECTIFICATION_REPORT.role(), unitId, units.pathOf(unitId).orElse(null));
    }

    private Map<String, String> params(UUID unitId, String category, String due) {
        @SuppressWarnings("unchecked")
        List<String> name = em.createNativeQuery("SELECT name FROM unit_view WHERE id = :id").setParameter("id", unitId)
                .getResultList();
        return Map.of("unit", name.isEmpty() ? "" : name.get(0), "category", category == null ? "" : category,
                "due", due);
    }

    private static String link(UUID findingId) {
        return "/inspection/findings?finding=" + findingId;
    }
}
