package org.benling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.benling.contracts.inspection.TripChanged;
import org.benling.notification.domain.Audience;
import org.benling.notification.domain.NoticeKind;
import org.benling.notification.domain.Notification;
import org.benling.notification.domain.Todo;
import org.benling.notification.domain.TodoKind;
import org.benling.platform.security.UnitDirectory;

/**
 * What a private trip abroad means for people: asked for, it is the leaders' to-do until one decides (before the
 * departure) or it is withdrawn, and the cadre is told the decision; its passport issued, it is the to-do of the HR
 * office holding it until the passport is back, reminded as its last day comes near. Inspection decides the
 * workflow and the last day; this only delivers. Runs inside the inbox's transaction, once per event.
 */
@ApplicationScoped
public class TripNotices {

    private static final String STAFF_LINK = "/inspection/travel";

    @Inject UnitDirectory units;
    @Inject Clock clock;

    public void changed(TripChanged t) {
        switch (t.status()) {
            case REQUESTED -> requested(t);
            case APPROVED, REFUSED -> decided(t);
            case CANCELLED -> Todo.of(TodoKind.TRIP_APPROVAL, t.tripId())
                    .ifPresent(todo -> todo.close(Todo.Status.WITHDRAWN, clock.instant()));
            case ISSUED -> issued(t);
            case RETURNED -> Todo.of(TodoKind.PASSPORT_RETURN, t.tripId())
                    .ifPresent(todo -> todo.close(Todo.Status.DONE, clock.instant()));
        }
    }

    private void requested(TripChanged t) {
        if (Todo.of(TodoKind.TRIP_APPROVAL, t.tripId()).isPresent()) {
            return;
        }
        Audience leaders = Audience.role(TodoKind.TRIP_APPROVAL.role(), t.unitId(), units.pathOf(t.unitId()).orElse(null));
        Map<String, String> params = Map.of("destination", t.destination(), "depart", t.departOn().toString());
        Todo.open(TodoKind.TRIP_APPROVAL, t.tripId(), t.cadreId(), leaders, params, STAFF_LINK, t.departOn(),
                clock.instant()).persist();
        Notification.of(NoticeKind.TRIP_REQUESTED, t.tripId(), t.cadreId(), leaders, params, STAFF_LINK, clock.instant())
                .persist();
    }

    private void decided(TripChanged t) {
        Todo.of(TodoKind.TRIP_APPROVAL, t.tripId()).ifPresent(todo -> todo.close(Todo.Status.DONE, clock.instant()));
        boolean approved = t.status() == TripChanged.Status.APPROVED;
        Notification.of(NoticeKind.TRIP_DECIDED, t.tripId(), t.cadreId(), Audience.cadre(t.cadreId()),
                Map.of("destination", t.destination(), "outcomeZh", approved ? "已获批准" : "未获批准",
                        "outcomeEn", approved ? "approved" : "refused"), "/travel/me", clock.instant()).persist();
    }

    private void issued(TripChanged t) {
        if (t.passportDue() == null || Todo.of(TodoKind.PASSPORT_RETURN, t.tripId()).isPresent()) {
            return;
        }
        Audience hr = Audience.role(TodoKind.PASSPORT_RETURN.role(), t.unitId(), units.pathOf(t.unitId()).orElse(null));
        Todo.open(TodoKind.PASSPORT_RETURN, t.tripId(), t.cadreId(), hr,
                Map.of("destination", t.destination(), "due", t.passportDue().toString()), STAFF_LINK, t.passportDue(),
                clock.instant()).persist();
    }
}
