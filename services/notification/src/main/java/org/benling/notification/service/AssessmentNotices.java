package org.benling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.benling.contracts.assessment.ReviewFinalized;
import org.benling.contracts.assessment.SelfReportFiled;
import org.benling.contracts.assessment.SelfReportRequested;
import org.benling.notification.domain.Audience;
import org.benling.notification.domain.NoticeKind;
import org.benling.notification.domain.Notification;
import org.benling.notification.domain.Todo;
import org.benling.notification.domain.TodoKind;

/**
 * What the annual assessment means for the cadre: asked for the self-report (述职述责述廉), they have a to-do (one a
 * review) and are told; filing it closes the to-do, and a review finalised without it withdraws it. Assessment
 * decides the cycle and its due day; this only delivers.
 */
@ApplicationScoped
public class AssessmentNotices {

    @Inject Reminders reminders;
    @Inject Clock clock;

    public void requested(SelfReportRequested r) {
        Map<String, String> params = Map.of("year", Integer.toString(r.cycleYear()), "due", r.dueOn().toString());
        Audience cadre = Audience.cadre(r.cadreId());
        Todo existing = Todo.of(TodoKind.SELF_REPORT, r.reviewId()).orElse(null);
        if (existing == null) {
            Todo.open(TodoKind.SELF_REPORT, r.reviewId(), r.cadreId(), cadre, params, LINK, r.dueOn(), clock.instant())
                    .persist();
            Notification.of(NoticeKind.SELF_REPORT_REQUESTED, r.reviewId(), r.cadreId(), cadre, params, LINK,
                    clock.instant()).persist();
        } else if (existing.askAgain(r.dueOn(), params)) {
            reminders.startOver(existing);
        }
    }

    public void filed(SelfReportFiled f) {
        Todo.of(TodoKind.SELF_REPORT, f.reviewId()).ifPresent(t -> t.close(Todo.Status.DONE, clock.instant()));
    }

    /** The grades are final: a self-report still not filed is no longer asked. */
    public void finalized(ReviewFinalized f) {
        Todo.of(TodoKind.SELF_REPORT, f.reviewId()).ifPresent(t -> t.close(Todo.Status.WITHDRAWN, clock.instant()));
    }

    private static final String LINK = "/assessment/me";
}
